/** Pieces of the form page: the save indicator, the licence it starts from, refusals. */
import type { LicenceView } from '@core/api';
import { LICENCE_STATUS_LABELS, type BusinessType } from '@core/business-types';
import type { PreconditionReason } from '@core/preconditions';
import { formatDate } from '../../app/format';
import { fmt, lbl, locale, t, type Text } from '../../app/i18n';
import { P } from './apply.strings';
import { saveState } from './drafts.store';
import { F } from './form.strings';
import { lastRenewalDay } from './precheck';

const SAVE_TEXT: Record<string, Text> = {
  saving: F.saving,
  device: F.savedDevice,
  server: F.savedServer,
  error: F.saveFailed,
};

/** Always tells where the typing went, so nobody hesitates to close the app. */
export function SaveIndicator() {
  const text = SAVE_TEXT[saveState.value];
  return (
    <span class={`save-state save-${saveState.value}`} role="status" data-testid="save-state">
      {text ? t(text) : ''}
    </span>
  );
}

export function LicenceSummary({ l, type }: { l: LicenceView; type: BusinessType }) {
  return (
    <section class="panel licence-summary" data-testid="licence-summary">
      <h2>{t(F.fromLicence)}</h2>
      <dl class="facts">
        <div class="fact">
          <dt>{t(P.licenceNo)}</dt>
          <dd class="mono">{l.number}</dd>
        </div>
        <div class="fact">
          <dt>{t(F.shopName)}</dt>
          <dd>{l.shopName}</dd>
        </div>
        <div class="fact">
          <dt>{t(F.address)}</dt>
          <dd>{l.address}</dd>
        </div>
        <div class="fact">
          <dt>{t({ zh: '状态', en: 'Status' })}</dt>
          <dd>
            {t(LICENCE_STATUS_LABELS[l.status])}
            {l.suspendedUntil &&
              ` · ${lbl({ zh: '停业至', en: 'Suspended until' })}${formatDate(l.suspendedUntil)}`}
          </dd>
        </div>
        <div class="fact">
          <dt>{t({ zh: '有效期至', en: 'Valid until' })}</dt>
          <dd>{formatDate(l.expiresOn)}</dd>
        </div>
      </dl>
      {type === 'renewal' && (
        <p class="hint" data-testid="renewal-last-day">
          {fmt(t(F.renewalLast), { date: formatDate(lastRenewalDay(l)) })}
        </p>
      )}
    </section>
  );
}

/** Why the rules refuse this filing now; nothing is sent while any of these stands. */
export function PreconditionPanel({ reasons }: { reasons: PreconditionReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <section class="panel panel-warn" role="alert" data-testid="precondition-refusal">
      <h2>{t(F.preconditionTitle)}</h2>
      <ul class="bullets">
        {reasons.map((r) => (
          <li key={r.code} data-code={r.code}>
            {locale.value === 'en' ? r.en : r.zh}
          </li>
        ))}
      </ul>
    </section>
  );
}
