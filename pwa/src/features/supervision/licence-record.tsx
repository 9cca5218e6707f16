/**
 * A licence's supervision record on the staff licence page: its draw weight, the penalties
 * (行政处罚) and complaints on it, and — where core allows the caller — the forms to record
 * them. The server answers the record anew after each entry (class and weight included).
 */
import { PENALTY_LABELS } from '@core/compliance';
import { COMPLAINT_CHANNEL_LABELS, SUPERVISION_ACTORS } from '@core/supervision';
import type { SupervisionRecord } from '@core/supervision-api';
import { useSignal } from '@preact/signals';
import { api, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async } from '../../app/ui';
import { R } from './records.strings';
import { ComplaintForm, PenaltyForm } from './record-forms';
import './supervision.css';

/** Shown only to those core lets read the record. */
export function LicenceRecord({ licenceId }: { licenceId: string }) {
  const user = staff.value;
  if (!user || !SUPERVISION_ACTORS.read_record.includes(user.role)) return null;
  return <Record licenceId={licenceId} />;
}

function Record({ licenceId }: { licenceId: string }) {
  const res = useResource(
    (signal) =>
      read(
        api.supervision.licences[':id'].record.$get({ param: { id: licenceId } }, opts({ signal })),
      ),
    [licenceId],
  );
  const fresh = useSignal<SupervisionRecord | null>(null);
  return (
    <section class="supervision-record" data-testid="supervision-record">
      <h2>{t(R.title)}</h2>
      <p class="hint">{t(R.intro)}</p>
      <Async res={res}>
        {({ record }) => {
          const r = fresh.value?.licence.id === licenceId ? fresh.value : record;
          return <RecordBody r={r} onSaved={(n) => (fresh.value = n)} />;
        }}
      </Async>
    </section>
  );
}

function RecordBody({
  r,
  onSaved,
}: {
  r: SupervisionRecord;
  onSaved: (r: SupervisionRecord) => void;
}) {
  return (
    <>
      <dl class="facts">
        <div class="fact">
          <dt>{t(R.weight)}</dt>
          <dd data-testid="record-weight">
            {fmt(t(R.weightText), {
              w: Math.round(r.drawWeight * 100) / 100,
              n: r.recentComplaints,
            })}
          </dd>
        </div>
      </dl>
      <h3>{t(R.penalties)}</h3>
      {r.penalties.length === 0 ? (
        <p class="state state-empty">{t(R.noPenalties)}</p>
      ) : (
        <ul class="supervision-entries" data-testid="record-penalties">
          {r.penalties.map((p) => (
            <li key={p.id}>
              <strong>{t(PENALTY_LABELS[p.kind])}</strong> · {formatDate(p.decidedOn)}
              {p.decisionNumber ? ` · ${p.decisionNumber}` : ''}
              <span class="supervision-entry-text">{p.reason}</span>
              {p.recordedBy && (
                <span class="hint">
                  {t(R.recordedBy)}：{p.recordedBy}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {r.may.recordPenalty && <PenaltyForm licenceId={r.licence.id} onSaved={onSaved} />}
      <h3>{t(R.complaints)}</h3>
      {r.complaints.length === 0 ? (
        <p class="state state-empty">{t(R.noComplaints)}</p>
      ) : (
        <ul class="supervision-entries" data-testid="record-complaints">
          {r.complaints.map((c) => (
            <li key={c.id}>
              <strong>{t(COMPLAINT_CHANNEL_LABELS[c.channel])}</strong> · {formatDate(c.receivedOn)}
              <span class="supervision-entry-text">{c.summary}</span>
              <span class="hint">
                {t(R.recordedBy)}：{c.recordedBy}
              </span>
            </li>
          ))}
        </ul>
      )}
      {r.may.recordComplaint && <ComplaintForm licenceId={r.licence.id} onSaved={onSaved} />}
    </>
  );
}
