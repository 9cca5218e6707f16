/**
 * The e-licence's verify code: the link anyone can open to check the licence. The QR image of
 * the same URL goes here once a QR encoder is part of the build (see README, e-licence).
 */
import { toast } from '../../app/toast';
import { t } from '../../app/i18n';
import { E } from './elicence.strings';

export function VerifyCode({ url }: { url: string }) {
  const copy = () => {
    void navigator.clipboard?.writeText(url).then(
      () => toast(t(E.copied)),
      () => undefined,
    );
  };
  return (
    <section class="elicence-code" aria-labelledby="verify-code-h" data-testid="verify-code">
      <h2 id="verify-code-h">{t(E.qrTitle)}</h2>
      <div class="qr-box" aria-hidden="true">
        <span>{t(E.qrMissing)}</span>
      </div>
      <p class="verify-hint">{t(E.qrHint)}</p>
      <p class="verify-url">
        <a href={url} data-testid="verify-link" rel="noopener">
          {url}
        </a>
      </p>
      <div class="verify-actions no-print">
        <a class="btn" href={url} target="_blank" rel="noopener">
          {t(E.openVerify)}
        </a>
        <button type="button" class="btn" onClick={copy}>
          {t(E.copy)}
        </button>
      </div>
    </section>
  );
}
