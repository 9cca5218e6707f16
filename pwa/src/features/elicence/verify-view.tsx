/**
 * The public verify page (/verify?t=…): what anyone who scans an e-licence's code sees, with
 * no sign-in. It never shows an error page: no network, too many checks or a server failure
 * are said in words with a button to check again; any token the server does not vouch for
 * reads 无效 (not valid).
 */
import type { LicenceVerifyAnswer } from '@core/api-answers';
import { VERIFY_STATUS_LABELS, type VerifyStatus } from '@core/e-licence';
import { useLocation } from 'preact-iso';
import { ApiError, api, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { fmt, t, type Text } from '../../app/i18n';
import { LanguageSwitch } from '../../app/preferences';
import { useResource } from '../../app/resource';
import { useDocumentTitle } from '../../app/title';
import { Loading } from '../../app/ui';
import { E } from './elicence.strings';
import './elicence.css';

const BODY: Record<VerifyStatus, Text> = {
  valid: E.validBody,
  suspended: E.suspendedBody,
  cancelled: E.cancelledBody,
  expired: E.expiredBody,
  invalid: E.invalidBody,
};

const MARK: Record<VerifyStatus, string> = {
  valid: '✓',
  suspended: '!',
  cancelled: '✕',
  expired: '✕',
  invalid: '✕',
};

function fetchVerify(token: string, signal: AbortSignal): Promise<LicenceVerifyAnswer> {
  return read(
    api.public.licences.verify.$get({ query: { t: token } }, opts({ signal, quiet401: true })),
  );
}

/** The status, big: a mark, the word in Chinese and in English (whoever scans), the meaning. */
function StatusBlock({ status }: { status: VerifyStatus }) {
  const label = VERIFY_STATUS_LABELS[status];
  return (
    <div
      class={`elicence-status elicence-status-${status}`}
      data-testid="verify-status"
      data-status={status}
    >
      <span class="verify-mark" aria-hidden="true">
        {MARK[status]}
      </span>
      <p class="verify-word">
        <strong lang="zh-CN">{label.zh}</strong>
        <span lang="en">{label.en}</span>
      </p>
      <p class="verify-body">{t(BODY[status])}</p>
    </div>
  );
}

function Answer({ a }: { a: LicenceVerifyAnswer }) {
  return (
    <>
      <StatusBlock status={a.status} />
      {a.status !== 'invalid' && (
        <dl class="facts panel verify-facts" data-testid="verify-facts">
          <div class="fact">
            <dt>{t(E.number)}</dt>
            <dd class="mono">{a.licence.number}</dd>
          </div>
          <div class="fact">
            <dt>{t(E.shopShort)}</dt>
            <dd>{a.licence.shopName}</dd>
          </div>
          <div class="fact">
            <dt>{t(E.holderShort)}</dt>
            <dd>{a.licence.holderNameMasked}</dd>
          </div>
          <div class="fact">
            <dt>{t(E.address)}</dt>
            <dd>{a.licence.address}</dd>
          </div>
          <div class="fact">
            <dt>{t(E.validity)}</dt>
            <dd>
              {fmt(t(E.validRange), {
                from: formatDate(a.licence.issuedOn),
                to: formatDate(a.licence.expiresOn),
              })}
            </dd>
          </div>
          <div class="fact">
            <dt>{t(E.bureau)}</dt>
            <dd>{a.licence.issuingBureau}</dd>
          </div>
        </dl>
      )}
      <p class="verify-meta">{fmt(t(E.checkedOn), { date: formatDate(a.today) })}</p>
    </>
  );
}

/** A failed check in words: no network, too many checks, or no answer; never an error page. */
function NotChecked({ err, onRetry }: { err: unknown; onRetry: () => void }) {
  let text = t(E.failed);
  if (err instanceof ApiError && err.code === 'NETWORK') text = t(E.noNetwork);
  if (err instanceof ApiError && err.code === 'RATE_LIMITED') {
    text = fmt(t(E.tooMany), { n: err.retryAfterSeconds ?? 60 });
  }
  return (
    <div
      class="elicence-status elicence-status-unknown"
      role="alert"
      data-testid="verify-not-checked"
    >
      <span class="verify-mark" aria-hidden="true">
        ?
      </span>
      <p class="verify-body">{text}</p>
      <button type="button" class="btn" onClick={onRetry}>
        {t(E.again)}
      </button>
    </div>
  );
}

export function VerifyView() {
  const { query } = useLocation();
  const token = query.t ?? '';
  useDocumentTitle(t(E.verifyTitle));
  const res = useResource(
    (signal) =>
      fetchVerify(token, signal).then(
        (a) => ({ ok: true as const, a }),
        (err: unknown) => {
          if (err instanceof DOMException && err.name === 'AbortError') throw err;
          return { ok: false as const, err };
        },
      ),
    [token],
  );
  return (
    <section class="elicence-verify" data-testid="verify-view">
      <header class="verify-head">
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <h1>
          {t(E.verifyTitle)}
          <span class="verify-sub">{t(E.paperTitle)}</span>
        </h1>
      </header>
      {res.state === 'loading' && <Loading label={E.checking} />}
      {res.state === 'error' && <NotChecked err={null} onRetry={res.reload} />}
      {res.state === 'ready' &&
        (res.data.ok ? (
          <Answer a={res.data.a} />
        ) : (
          <NotChecked err={res.data.err} onRetry={res.reload} />
        ))}
      <p class="verify-meta">{t(E.publicOnly)}</p>
      <p class="verify-meta">{t(E.doubt)}</p>
      <div class="panel verify-prefs">
        <LanguageSwitch />
      </div>
    </section>
  );
}
