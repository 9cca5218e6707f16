/** 办理 tab: the applicant's applications, newest activity first as the server orders them. */
import type { QueueItem } from '@core/api';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { api } from '../../app/api';
import { C } from '../../app/common.strings';
import { formatDate } from '../../app/format';
import { t, lbl } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, ClockBadge, PageTitle } from '../../app/ui';
import { StatusBadge } from '../cases/case-parts';
import { P } from './apply.strings';

export function fetchMyApplications(signal: AbortSignal) {
  return api.get<{ items: QueueItem[] }>('/api/my/applications', { signal });
}

export function ApplicationCard({ a }: { a: QueueItem }) {
  return (
    <a class="card card-link app-card" href={`/apply/${a.id}`} data-testid="application-card">
      <span class="card-row">
        <span class="card-title">{t(BUSINESS_TYPE_LABELS[a.type])}</span>
        <StatusBadge status={a.status} />
      </span>
      {a.shopName && <span class="card-sub">{a.shopName}</span>}
      <span class="card-meta">
        {lbl(C.ref)}
        {a.ref}
      </span>
      {a.deadline && (
        <span class="card-meta">
          {lbl(C.deadline)}
          {formatDate(a.deadline)} <ClockBadge clock={a.clock} daysLeft={a.workingDaysLeft} />
        </span>
      )}
    </a>
  );
}

export function MyApplications() {
  const res = useResource(fetchMyApplications, []);
  return (
    <section data-testid="my-applications">
      <PageTitle text={P.title}>
        <a class="btn btn-primary" href="/apply/new" data-testid="new-application">
          ＋ {t(P.newApplication)}
        </a>
      </PageTitle>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={P.empty}>
        {(d) => (
          <ul class="card-list">
            {d.items.map((a) => (
              <li key={a.id}>
                <ApplicationCard a={a} />
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
