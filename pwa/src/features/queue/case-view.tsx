/**
 * A case for staff: the queue facts, the masked ID number and phone with audited reveal, the
 * actions open to the user, any layout override on record, the layout check of a 新办 case,
 * form, documents and history.
 */
import { StaffThread } from '../thread/staff-thread';
import { caseScopeOf, staffWho } from '../../app/access';
import { staff } from '../../app/auth';
import { mayReadCaseDocuments } from '@core/access';
import { DeadlineText } from '../../app/deadline';
import type { ApplicationDetail } from '@core/api';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { api, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { useDocumentTitle } from '../../app/title';
import { Async, ClockBadge } from '../../app/ui';
import { CaseInspectionRecords } from '../inspections/case-records';
import { Attachments, CaseOutcome, FormFields, StatusBadge, Timeline } from '../cases/case-parts';
import { K } from '../cases/cases.strings';
import { CaseDocuments } from '../documents/case-documents';
import { CaseActions } from './case-actions';
import { CaseLayout } from './case-layout';
import { Q } from './queue.strings';
import { lastQueueUrl } from './queue.store';
import { LayoutOverrides } from './layout-overrides';
import { CaseLevels } from '../sop/case-levels';
import { RevealId, RevealPhone } from './reveal-id';
import { RemoteCasePanel } from '../remote/remote-case-panel';
import { FollowUpPanel } from '../followups/followup-panel';

export function CaseView({ params }: { params: { id: string } }) {
  const res = useResource(
    (signal) =>
      read(
        api.applications[':id'].$get(
          { param: { id: encodeURIComponent(params.id) } },
          opts({ signal }),
        ),
      ),
    [params.id],
  );
  const a = res.state === 'ready' ? res.data.application : null;
  useDocumentTitle(a?.ref ?? t(Q.caseTitle), a && t(BUSINESS_TYPE_LABELS[a.type]));
  return (
    <article data-testid="case-view">
      <a class="back-link" href={lastQueueUrl.value}>
        ‹ {t(Q.backToQueue)}
      </a>
      <Async res={res} notFound={Q.notFound}>
        {(d) => <CaseDetail a={d.application} reload={res.reload} />}
      </Async>
    </article>
  );
}

function CaseDetail({ a, reload }: { a: ApplicationDetail; reload: () => void }) {
  return (
    <>
      <header class="page-head">
        <h1>
          {t(BUSINESS_TYPE_LABELS[a.type])} <span class="mono ref">{a.ref}</span>
        </h1>
        <StatusBadge status={a.status} type={a.type} />
        <ClockBadge clock={a.clock} daysLeft={a.workingDaysLeft} />
      </header>
      <div class="case-grid">
        <section class="panel">
          <dl class="facts">
            <div class="fact">
              <dt>{t(K.applicant)}</dt>
              <dd>{a.applicantName || '—'}</dd>
            </div>
            <RevealId caseId={a.id} masked={a.applicantIdNumberMasked} scope={caseScopeOf(a)} />
            <RevealPhone caseId={a.id} masked={a.applicantPhoneMasked} scope={caseScopeOf(a)} />
            <div class="fact">
              <dt>{t(K.shop)}</dt>
              <dd>{a.shopName || '—'}</dd>
            </div>
            <div class="fact">
              <dt>{t(K.address)}</dt>
              <dd>{a.address || '—'}</dd>
            </div>
            <div class="fact">
              <dt>{t(K.county)}</dt>
              <dd>{a.county.name}</dd>
            </div>
            <div class="fact">
              <dt>{t(K.submitted)}</dt>
              <dd>{formatDate(a.submittedAt)}</dd>
            </div>
            <div class="fact">
              <dt>{t(Q.deadline)}</dt>
              <dd>
                {a.deadline ? (
                  <DeadlineText date={a.deadline} estimated={a.deadlineEstimated} />
                ) : (
                  '—'
                )}
              </dd>
            </div>
          </dl>
        </section>
        {a.correctionItems.length > 0 && (
          // While the applicant still owes the corrections the list is a warning; afterwards it
          // is the record of what was asked.
          <section
            class={a.status === 'correction_requested' ? 'panel panel-warn' : 'panel'}
            data-testid="case-corrections"
          >
            <h2>
              {t(
                // Past 待补正 a case only moves on once the applicant resubmitted (撤回 and 终止
                // can also end it there, corrections unmade).
                ['correction_requested', 'withdrawn', 'terminated'].includes(a.status)
                  ? Q.corrections
                  : Q.correctionsDone,
              )}
            </h2>
            <ol class="bullets">
              {a.correctionItems.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ol>
          </section>
        )}
        <CaseOutcome a={a} />
        <FollowUpPanel caseId={a.id} />
        <CaseInspectionRecords caseId={a.id} />
        <LayoutOverrides overrides={a.layoutOverrides} />
        <CaseLevels a={a} reload={reload} />
        <CaseActions a={a} reload={reload} />
        {/* Inspectors check premises; the bureau's decisions are not sent to them. */}
        {staff.value && mayReadCaseDocuments(staffWho(staff.value), caseScopeOf(a)) && (
          <CaseDocuments
            caseId={a.id}
            audience="staff"
            version={a.version}
            scope={caseScopeOf(a)}
          />
        )}
        <RemoteCasePanel a={a} />
        <CaseLayout a={a} />
        <FormFields form={a.form} />
        <Attachments form={a.form} />
        <StaffThread caseId={a.id} />
        <Timeline events={a.events} type={a.type} />
      </div>
    </>
  );
}
