/**
 * 电子许可证: one of the applicant's licences as the paper licence, with the code anyone can
 * verify; printable on A4 (the browser's print, the page's print styles).
 */
import type { ELicenceAnswer } from '@core/api-answers';
import { ApiError, api, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { LicencePaper } from './licence-paper';
import { E } from './elicence.strings';
import './elicence.css';

/** The e-licence, or the bureau's words why the licence has none now (cancelled, suspended…). */
type Shown = { ok: true; l: ELicenceAnswer } | { ok: false; why: string };

export function fetchELicence(id: string, signal: AbortSignal): Promise<Shown> {
  return read(api.my.licences[':id']['e-licence'].$get({ param: { id } }, opts({ signal }))).then(
    (l) => ({ ok: true as const, l }),
    (err: unknown) => {
      if (err instanceof ApiError && err.code === 'LICENCE_NOT_ACTIVE') {
        return { ok: false as const, why: err.message };
      }
      throw err;
    },
  );
}

export function ELicenceView({ id }: { id: string }) {
  const res = useResource((signal) => fetchELicence(id, signal), [id]);
  return (
    <section data-testid="e-licence-view" class="elicence-view">
      <PageTitle text={E.title}>
        <a href="/services" class="back-link no-print">
          ‹ {t(E.back)}
        </a>
      </PageTitle>
      <Async res={res}>
        {(shown) =>
          !shown.ok ? (
            <p class="panel" role="status" data-testid="e-licence-held">
              {shown.why}
            </p>
          ) : (
            <>
              <LicencePaper l={shown.l} />
              <p class="paper-note">{t(E.printNote)}</p>
              {/* The bureau's A4 PDF (font subset embedded), drawn by the worker. */}
              <a
                class="btn btn-primary btn-block no-print"
                href={`/api/my/licences/${encodeURIComponent(shown.l.id)}/e-licence.pdf`}
                download={`烟草专卖零售许可证-${shown.l.number}.pdf`}
                data-testid="download-e-licence-pdf"
              >
                {t(E.downloadPdf)}
              </a>
              <button
                type="button"
                class="btn btn-block no-print"
                data-testid="print-e-licence"
                onClick={() => window.print()}
              >
                {t(E.print)}
              </button>
            </>
          )
        }
      </Async>
    </section>
  );
}
