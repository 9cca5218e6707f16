/**
 * The applicant's case page: status, steps, the current deadline, what to correct, the licence
 * number once granted, what the decision means for its type, the documents and the history
 * (only the reasons meant for the applicant: the worker leaves out the bureau's own notes).
 * Continue or delete a draft, correct after 补正, or withdraw before a decision — offline the
 * withdrawal waits in the outbox. Without signal, the last copy on the phone with its date.
 */
import type { BusinessType } from '@core/business-types';
import { DeadlineText } from '../../app/deadline';
import { useSignal, useSignalEffect } from '@preact/signals';
import { useLocation } from 'preact-iso';
import type { ApplicationDetail } from '@core/api';
import { allowedActions } from '@core/application-state';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { ApiError, api, errorText, opts, read } from '../../app/api';
import { applicant } from '../../app/auth';
import { C } from '../../app/common.strings';
import { fmt, t } from '../../app/i18n';
import { useCachedResource } from '../../app/offline-copy';
import { OfflineCopyNote } from '../../app/offline-copy-note';
import {
  discard,
  enqueue,
  isTransient,
  outboxDelivered,
  outboxItems,
  queuedFor,
} from '../../app/outbox';
import { toast } from '../../app/toast';
import { useDocumentTitle } from '../../app/title';
import { Async, ClockBadge } from '../../app/ui';
import { CaseDocuments } from '../documents/case-documents';
import {
  Attachments,
  CaseOutcome,
  FormFields,
  StatusBadge,
  Steps,
  Timeline,
} from '../cases/case-parts';
import { K } from '../cases/cases.strings';
import { Dialog } from '../cases/dialog';
import { useGuide } from '../consult/guide.store';
import { ApplicantThread } from '../thread/applicant-thread';
import { P } from './apply.strings';
import { DeleteDraft } from './delete-draft';
import { RATEABLE_STATUSES } from '@core/ratings';
import { CaseRating } from '../rate/case-rating';

export function ApplicationView({ params }: { params: { id: string } }) {
  const res = useCachedResource(
    `case:${params.id}`,
    (signal) =>
      read(
        api.my.applications[':id'].$get(
          { param: { id: encodeURIComponent(params.id) } },
          opts({ signal }),
        ),
      ),
    [params.id],
  );
  const a = res.state === 'ready' ? res.data.data.application : null;
  useDocumentTitle(a?.ref, a ? t(BUSINESS_TYPE_LABELS[a.type]) : t(P.title));
  return (
    <article data-testid="application-view">
      <a class="back-link" href="/apply">
        ‹ {t(P.allApplications)}
      </a>
      <Async res={res} notFound={P.notFound}>
        {(d) => (
          <>
            {d.savedAt && <OfflineCopyNote savedAt={d.savedAt} onRetry={res.reload} />}
            <Detail a={d.data.application} reload={res.reload} />
          </>
        )}
      </Async>
    </article>
  );
}

/** A resubmission or withdrawal of this case waiting in the outbox, or refused once sent. */
function QueuedNotice({ a, reload }: { a: ApplicationDetail; reload: () => void }) {
  // Delivered meanwhile: show the case as the server has it now.
  useSignalEffect(() => {
    const item = outboxItems.value.find((i) => i.tag === a.id);
    if (!item && Object.keys(outboxDelivered.value).length) reload();
  });
  void outboxItems.value;
  const item = queuedFor(a.id, 'resubmit') ?? queuedFor(a.id, 'withdraw');
  if (!item) return null;
  if (item.state === 'failed') {
    return (
      <div class="notice notice-error" role="alert" data-testid="queued-refused">
        <p>{fmt(t(P.queuedRefused), { msg: item.error?.message ?? '' })}</p>
        <button
          type="button"
          class="btn btn-small"
          onClick={() => void discard(item.key).then(reload)}
        >
          {t(C.close)}
        </button>
      </div>
    );
  }
  return (
    <p class="notice queued" role="status" data-testid="queued">
      {t(item.request.kind === 'withdraw' ? P.withdrawQueued : P.resubmitQueued)}
    </p>
  );
}

function LicenceNumber({ number }: { number: string }) {
  return (
    <div class="fact">
      <dt>{t(P.licenceIssued)}</dt>
      <dd class="mono licence-number" data-testid="licence-number">
        {number}
      </dd>
    </div>
  );
}

function Withdraw({ a, reload }: { a: ApplicationDetail; reload: () => void }) {
  const open = useSignal(false);
  const reason = useSignal('');
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  // One key per withdrawal: sent again after a lost answer, it is the same request.
  const key = useSignal(crypto.randomUUID());
  async function go() {
    busy.value = true;
    error.value = null;
    const why = reason.value.trim();
    const body = {
      idempotencyKey: key.value,
      action: 'withdraw' as const,
      version: a.version,
      ...(why ? { reason: why } : {}),
    };
    try {
      await read(api.my.applications[':id'].actions.$post({ param: { id: a.id }, json: body }));
      open.value = false;
      toast(t(P.withdrawn));
      reload();
    } catch (err) {
      const who = applicant.value;
      if (isTransient(err) && who) {
        await enqueue({
          key: key.value,
          request: { kind: 'withdraw', caseId: a.id, body },
          ownerId: who.id,
          tag: a.id,
        });
        open.value = false;
      } else if (err instanceof ApiError && err.code === 'CONFLICT') {
        open.value = false;
        toast(t(P.reloaded));
        reload();
      } else error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  return (
    <>
      <button
        type="button"
        class="btn btn-ghost btn-block"
        onClick={() => (open.value = true)}
        data-testid="withdraw"
      >
        {t(P.withdraw)}
      </button>
      {open.value && (
        <Dialog
          title={t(P.withdraw)}
          submitText={t(P.withdrawYes)}
          danger
          busy={busy.value}
          error={error.value}
          onEdit={() => (error.value = null)}
          onClose={() => (open.value = false)}
          onSubmit={() => void go()}
        >
          <p>{t(P.withdrawConfirm)}</p>
          <div class="field">
            <label for="withdraw-reason">{t(P.withdrawReason)}</label>
            <textarea
              id="withdraw-reason"
              rows={2}
              value={reason.value}
              onInput={(e) => (reason.value = e.currentTarget.value)}
            />
          </div>
        </Dialog>
      )}
    </>
  );
}

function Detail({ a, reload }: { a: ApplicationDetail; reload: () => void }) {
  const { route } = useLocation();
  const who = applicant.value;
  void outboxItems.value;
  const waiting = queuedFor(a.id, 'resubmit') ?? queuedFor(a.id, 'withdraw');
  // A draft is deleted, not withdrawn: it was never sent.
  const canWithdraw =
    a.status !== 'draft' && allowedActions(a.status).includes('withdraw') && !waiting;
  const granted = (a.status === 'approved' || a.status === 'delivered') && a.licenceNumber;
  return (
    <>
      <header class="page-head">
        <h1>{t(BUSINESS_TYPE_LABELS[a.type])}</h1>
        <StatusBadge status={a.status} type={a.type} />
      </header>
      <QueuedNotice a={a} reload={reload} />
      <dl class="facts panel">
        <div class="fact">
          <dt>{t(C.ref)}</dt>
          <dd>{a.ref}</dd>
        </div>
        {a.shopName && (
          <div class="fact">
            <dt>{t(K.shop)}</dt>
            <dd>{a.shopName}</dd>
          </div>
        )}
        {granted && a.licenceNumber && <LicenceNumber number={a.licenceNumber} />}
        {a.deadline && (
          <div class="fact">
            <dt>{t(C.deadline)}</dt>
            <dd>
              <DeadlineText date={a.deadline} estimated={a.deadlineEstimated} />{' '}
              <ClockBadge clock={a.clock} daysLeft={a.workingDaysLeft} />
            </dd>
          </div>
        )}
      </dl>
      <CaseOutcome a={a} />
      {(RATEABLE_STATUSES as readonly string[]).includes(a.status) && <CaseRating caseId={a.id} />}
      {a.correctionItems.length > 0 && a.status === 'correction_requested' && !waiting && (
        <section class="panel panel-warn" role="note" data-testid="correction-request">
          <h2>{t(P.correction)}</h2>
          <ol class="bullets">
            {a.correctionItems.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ol>
          <a
            class="btn btn-primary btn-block"
            href={`/apply/${a.id}/edit`}
            data-testid="correct-now"
          >
            {t(P.correctNow)}
          </a>
        </section>
      )}
      {a.status === 'draft' && (
        <>
          <a
            class="btn btn-primary btn-block"
            href={`/apply/${a.id}/edit`}
            data-testid="continue-draft"
          >
            {t(P.continueDraft)}
          </a>
          {who && <DeleteDraft id={a.id} ownerId={who.id} onDeleted={() => route('/apply')} />}
        </>
      )}
      <Steps a={a} />
      {a.status !== 'draft' && (
        <CaseDocuments caseId={a.id} audience="applicant" version={a.version} />
      )}
      {a.status === 'draft' && (
        <section class="panel">
          <h2>{t(P.materials)}</h2>
          <DraftMaterials type={a.type} />
          <a href={`/consult/${a.type}`}>{t(P.guide)} ›</a>
        </section>
      )}
      {Object.keys(a.form).length > 0 && <FormFields form={a.form} />}
      <Attachments form={a.form} />
      {a.status !== 'draft' && who && <ApplicantThread caseId={a.id} ownerId={who.id} />}
      <Timeline events={a.events} type={a.type} />
      {canWithdraw && <Withdraw a={a} reload={reload} />}
    </>
  );
}

/** The materials a draft needs, as the newest guide lists them. */
function DraftMaterials({ type }: { type: BusinessType }) {
  const g = useGuide(type);
  if (!g) return null;
  return (
    <ul class="bullets">
      {g.content.materials.map((m, i) => (
        <li key={i}>{t(m.name)}</li>
      ))}
    </ul>
  );
}
