/**
 * The applicant's case page: status, steps, the current deadline, what to correct, the licence
 * number once granted, the documents and the history; continue a draft, correct after 补正,
 * or withdraw before a decision.
 */
import { DeadlineText } from '../../app/deadline';
import { useSignal } from '@preact/signals';
import type { ApplicationDetail } from '@core/api';
import { allowedActions } from '@core/application-state';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { ApiError, api, errorText, opts, read } from '../../app/api';
import { C } from '../../app/common.strings';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { useDocumentTitle } from '../../app/title';
import { Async, ClockBadge } from '../../app/ui';
import { Attachments, FormFields, StatusBadge, Steps, Timeline } from '../cases/case-parts';
import { K } from '../cases/cases.strings';
import { Dialog } from '../cases/dialog';
import { GUIDES } from '../consult/guide';
import { P } from './apply.strings';

export function ApplicationView({ params }: { params: { id: string } }) {
  const res = useResource(
    (signal) =>
      read(
        api.my.applications[':id'].$get(
          { param: { id: encodeURIComponent(params.id) } },
          opts({ signal }),
        ),
      ),
    [params.id],
  );
  const a = res.state === 'ready' ? res.data.application : null;
  useDocumentTitle(a?.ref, a ? t(BUSINESS_TYPE_LABELS[a.type]) : t(P.title));
  return (
    <article data-testid="application-view">
      <a class="back-link" href="/apply">
        ‹ {t(P.allApplications)}
      </a>
      <Async res={res} notFound={P.notFound}>
        {(d) => <Detail a={d.application} reload={res.reload} />}
      </Async>
    </article>
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
  async function go() {
    busy.value = true;
    error.value = null;
    try {
      const why = reason.value.trim();
      await read(
        api.my.applications[':id'].actions.$post({
          param: { id: a.id },
          json: { action: 'withdraw', version: a.version, ...(why ? { reason: why } : {}) },
        }),
      );
      open.value = false;
      toast(t(P.withdrawn));
      reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') {
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
  const canWithdraw = allowedActions(a.status).includes('withdraw');
  const granted = (a.status === 'approved' || a.status === 'delivered') && a.licenceNumber;
  return (
    <>
      <header class="page-head">
        <h1>{t(BUSINESS_TYPE_LABELS[a.type])}</h1>
        <StatusBadge status={a.status} />
      </header>
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
      {a.correctionItems.length > 0 && a.status === 'correction_requested' && (
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
        <a
          class="btn btn-primary btn-block"
          href={`/apply/${a.id}/edit`}
          data-testid="continue-draft"
        >
          {t(P.continueDraft)}
        </a>
      )}
      <Steps a={a} />
      {a.status === 'draft' && (
        <section class="panel">
          <h2>{t(P.materials)}</h2>
          <ul class="bullets">
            {GUIDES[a.type].materials.map((m, i) => (
              <li key={i}>{t(m)}</li>
            ))}
          </ul>
          <a href={`/consult/${a.type}`}>{t(P.guide)} ›</a>
        </section>
      )}
      {Object.keys(a.form).length > 0 && <FormFields form={a.form} />}
      <Attachments form={a.form} />
      <Timeline events={a.events} />
      {canWithdraw && <Withdraw a={a} reload={reload} />}
    </>
  );
}
