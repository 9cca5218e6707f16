/** 办理 tab: the applicant's applications, newest activity first as the server orders them. */
import { DeadlineText } from '../../app/deadline';
import type { QueueItem } from '@core/api';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { api, opts, read } from '../../app/api';
import { applicant } from '../../app/auth';
import { outboxItems } from '../../app/outbox';
import { C } from '../../app/common.strings';
import { t, lbl } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, ClockBadge, PageTitle } from '../../app/ui';
import { StatusBadge } from '../cases/case-parts';
import { P } from './apply.strings';
import { listDrafts, type LocalDraft } from './drafts.store';

export function fetchMyApplications(signal: AbortSignal) {
  return read(api.my.applications.$get(undefined, opts({ signal })));
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
          <DeadlineText date={a.deadline} estimated={a.deadlineEstimated} />{' '}
          <ClockBadge clock={a.clock} daysLeft={a.workingDaysLeft} />
        </span>
      )}
    </a>
  );
}

/** Drafts only on this device (made offline) and submissions waiting in the outbox. */
function OnThisDevice({ serverIds }: { serverIds: Set<string> }) {
  const drafts = useSignal<LocalDraft[]>([]);
  const who = applicant.value;
  useEffect(() => {
    if (who) void listDrafts(who.id).then((d) => (drafts.value = d));
  }, [who?.id]);
  const waiting = outboxItems.value.filter((i) => i.state === 'waiting');
  const queuedTags = new Set(waiting.map((i) => i.tag));
  const local = drafts.value.filter((d) => !serverIds.has(d.id) || queuedTags.has(d.id));
  if (local.length === 0) return null;
  return (
    <section class="section" data-testid="local-drafts">
      <h2>{t(P.localDrafts)}</h2>
      <ul class="card-list">
        {local.map((d) => (
          <li key={d.id}>
            <a class="card card-link" href={`/apply/${d.id}/edit`}>
              <span class="card-row">
                <span class="card-title">{t(BUSINESS_TYPE_LABELS[d.type])}</span>
                <span class="badge">{t(queuedTags.has(d.id) ? P.queuedList : P.localDrafts)}</span>
              </span>
              {typeof d.form.shopName === 'string' && d.form.shopName && (
                <span class="card-sub">{d.form.shopName}</span>
              )}
              {!queuedTags.has(d.id) && <span class="card-meta">{t(P.localDraftNote)}</span>}
            </a>
          </li>
        ))}
      </ul>
    </section>
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
      <OnThisDevice
        serverIds={new Set(res.state === 'ready' ? res.data.items.map((a) => a.id) : [])}
      />
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
