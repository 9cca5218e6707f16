/** Shown for any URL no router knows, inside the signed-in layout so navigation stays. */
import { C } from './common.strings';
import { t } from './i18n';
import { useDocumentTitle } from './title';

export function NotFound({ home }: { home: string }) {
  useDocumentTitle(t(C.notFoundTitle));
  return (
    <section class="not-found" data-testid="not-found">
      <p class="not-found-code" aria-hidden="true">
        404
      </p>
      <h1>{t(C.notFoundTitle)}</h1>
      <p>{t(C.notFoundBody)}</p>
      <a class="btn btn-primary" href={home}>
        {t(C.home)}
      </a>
    </section>
  );
}
