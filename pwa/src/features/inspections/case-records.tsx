/** The case page's on-site records: each check's record with its evidence, for staff. */
import { api, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { RecordPanel } from './record-panel';
import { R } from './record.strings';

export function CaseInspectionRecords({ caseId }: { caseId: string }) {
  const res = useResource(
    (signal) =>
      read(
        api.applications[':id']['inspection-records'].$get(
          { param: { id: encodeURIComponent(caseId) } },
          opts({ signal }),
        ),
      ),
    [caseId],
  );
  if (res.state !== 'ready' || res.data.records.length === 0) return null;
  return (
    <section class="panel" data-testid="case-inspection-records">
      <h2>{t(R.recordTitle)}</h2>
      {res.data.records.map((r) => (
        <RecordPanel key={r.taskId} record={r} />
      ))}
    </section>
  );
}
