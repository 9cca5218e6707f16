/**
 * 办理 tab: the applicant's applications, newest activity first as the server orders them;
 * without signal the last copy on the phone, with its date. A draft opens its form.
 */
import { DeadlineText } from '../../app/deadline';
import type { QueueItem } from '@core/api';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { api, opts, read } from '../../app/api';
import { applicant } from '../../app/auth';
import { outboxItems, queuedFor } from '../../app/outbox';
import { C } from '../../app/common.strings';
import { t, lbl } from '../../app/i18n';
import { useCachedResource } from '../../app/offline-copy';
import { OfflineCopyNote } from '../../app/offline-copy-note';
import { Async, ClockBadge, PageTitle } from '../../app/ui';
import { StatusBadge } from '../cases/case-parts';
import { P } from './apply.strings';
import { listDrafts, type LocalDraft } from './drafts.store';

export function fetchMyApplications(signal: AbortSignal) {
  return read(api.my.applications.$get(undefined, opts({ signal })));
}

/** What waits in the outbox for a case: a resubmission or a withdrawal not yet sent. */
function QueuedBadge({ id }: { id: string }) {
  // Reading the signal here keeps the badge in step with the outbox.
  void outboxItems.value;
  const waiting = queuedFor(id, 'resubmit') ?? queuedFor(id, 'withdraw');
  if (!waiting || waiting.state !== 'waiting') return null;
  return (
    <span class="badge badge-warn" data-testid="queued-badge">
      {t(waiting.request.kind === 'withdraw' ? P.withdrawQueuedShort : P.resubmitQueuedShort)}
    </span>
  );
}

export function ApplicationCard({ a }: { a: QueueItem }) {
  // A draft is something to fill in: it opens the form, not a case page.
  const href = a.status === 'draft' ? `/apply/${a.id}/edit` : `/apply/${a.id}`;
  return (
    <a class="card card-link app-card" href={href} data-testid="application-card">
      <span class="card-row">
        <span class="card-title">{t(BUSINESS_TYPE_LABELS[a.type])}</span>
        <StatusBadge status={a.status} type={a.type} />
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
      <QueuedBadge id={a.id} />
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
  const waiting = outboxItems.value.filter(
    (i) => i.state === 'waiting' && i.request.kind === 'submit',
  );
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
  const res = useCachedResource('applications', fetchMyApplications, []);
  return (
    <section data-testid="my-applications">
      <PageTitle text={P.title}>
        <a class="btn btn-primary" href="/apply/new" data-testid="new-application">
          ＋ {t(P.newApplication)}
        </a>
      </PageTitle>
      <OnThisDevice
        serverIds={new Set(res.state === 'ready' ? res.data.data.items.map((a) => a.id) : [])}
      />
      <Async res={res} isEmpty={(d) => d.data.items.length === 0} empty={P.empty}>
        {(d) => (
          <>
            {d.savedAt && <OfflineCopyNote savedAt={d.savedAt} onRetry={res.reload} />}
            <ul class="card-list">
              {d.data.items.map((a) => (
                <li key={a.id}>
                  <ApplicationCard a={a} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Async>
    </section>
  );
}
