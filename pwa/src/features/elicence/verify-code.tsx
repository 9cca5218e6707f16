/**
 * The e-licence's verify code: the QR image of the link anyone can open to check the licence
 * (encoded on the device by uqr, drawn as one SVG path), and the link itself.
 */
import { encode } from 'uqr';
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
      <QrImage text={url} />
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

/** A QR code of `text` (error correction M), with a quiet zone of 4 modules. */
function QrImage({ text }: { text: string }) {
  const qr = encode(text, { ecc: 'M' });
  const quiet = 4;
  const size = qr.size + quiet * 2;
  let d = '';
  qr.data.forEach((row, y) =>
    row.forEach((on, x) => {
      if (on) d += `M${x + quiet},${y + quiet}h1v1h-1z`;
    }),
  );
  return (
    <svg
      class="qr-box"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={t(E.qrTitle)}
      data-testid="verify-qr"
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
