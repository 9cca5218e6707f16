/**
 * 我的许可证: the applicant's licences; without signal, the last copy on the phone with its
 * date, so the licence can be shown anywhere.
 */
import type { LicenceView } from '@core/api';
import { LICENCE_STATUS_LABELS } from '@core/business-types';
import { api, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { t } from '../../app/i18n';
import { useCachedResource } from '../../app/offline-copy';
import { OfflineCopyNote } from '../../app/offline-copy-note';
import { Async } from '../../app/ui';
import { E } from '../elicence/elicence.strings';
import { V } from './services.strings';

export function fetchMyLicences(signal: AbortSignal) {
  return read(api.my.licences.$get(undefined, opts({ signal })));
}

function LicenceCard({ l }: { l: LicenceView }) {
  return (
    <article class="card licence-card" data-testid="licence-card">
      <div class="card-row">
        <h3 class="card-title">{l.shopName}</h3>
        <span class={`badge licence-${l.status}`}>{t(LICENCE_STATUS_LABELS[l.status])}</span>
      </div>
      <dl class="facts compact">
        <div class="fact">
          <dt>{t(V.licenceNo)}</dt>
          <dd class="mono">{l.number}</dd>
        </div>
        <div class="fact">
          <dt>{t(V.holder)}</dt>
          <dd>{l.holderName}</dd>
        </div>
        <div class="fact">
          <dt>{t(V.address)}</dt>
          <dd>{l.address}</dd>
        </div>
        <div class="fact">
          <dt>{t(V.validUntil)}</dt>
          <dd>{formatDate(l.expiresOn)}</dd>
        </div>
        {l.suspendedUntil && (
          <div class="fact">
            <dt>{t(V.suspendedUntil)}</dt>
            <dd>{formatDate(l.suspendedUntil)}</dd>
          </div>
        )}
      </dl>
      {l.status === 'active' && (
        <p class="licence-actions">
          <a class="btn" href={`/services/licences/${l.id}`} data-testid="open-e-licence">
            {t(E.open)} ›
          </a>
        </p>
      )}
    </article>
  );
}

export function MyLicences() {
  const res = useCachedResource('licences', fetchMyLicences, []);
  return (
    <section class="section" aria-labelledby="licences-h">
      <h2 id="licences-h">{t(V.licences)}</h2>
      <Async res={res} isEmpty={(d) => d.data.items.length === 0} empty={V.noLicences}>
        {(d) => (
          <>
            {d.savedAt && <OfflineCopyNote savedAt={d.savedAt} onRetry={res.reload} />}
            <div class="card-list">
              {d.data.items.map((l) => (
                <LicenceCard key={l.id} l={l} />
              ))}
            </div>
          </>
        )}
      </Async>
    </section>
  );
}
