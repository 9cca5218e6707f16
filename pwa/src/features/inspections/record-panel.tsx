/**
 * An on-site record as staff read it (the case page) and as the second officer checks it before
 * confirming: result, the checklist with notes and photos (thumbnails that open full size),
 * arrival and departure with time and place, both officers, and the owner's signature or
 * refusal.
 */
import { CHECK_RESULT_LABELS, checklistOf } from '@core/checklist';
import { RECORD_STATE_LABELS, type PlaceAndTime, type TaskRecordView } from '@core/task-record';
import { fmt, t } from '../../app/i18n';
import { R } from './record.strings';
import './inspections.css';
import './record.css';

function when(iso: string | null): string {
  return iso
    ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
    : '—';
}

function Place({ p }: { p: PlaceAndTime }) {
  if (!p.at) return <>—</>;
  return (
    <>
      {when(p.at)}
      <br />
      <small class="mono">
        {p.lat !== null && p.lng !== null
          ? `${p.lat.toFixed(5)}, ${p.lng.toFixed(5)}`
          : t(R.noPlace)}
      </small>
    </>
  );
}

export function RecordPanel({ record }: { record: TaskRecordView }) {
  const list = checklistOf(record.checklistVersion);
  const title = (id: string) => {
    const item = list?.items.find((i) => i.id === id);
    return item ? t(item.title) : id;
  };
  const sig = record.signature;
  return (
    <div class="inspections-rec" data-testid="record-panel" data-state={record.state}>
      <div class="inspections-rec-head">
        <strong
          class={record.passed ? 'inspections-rec-pass' : 'inspections-rec-fail'}
          data-testid="record-panel-result"
        >
          {t(R.result)}：{t(record.passed ? R.passed : R.failed)}
        </strong>
        <span class={`badge inspections-rec-state-${record.state}`}>
          {t(RECORD_STATE_LABELS[record.state])}
        </span>
      </div>
      <dl class="inspections-rec-facts">
        <div>
          <dt>{t(R.officers)}</dt>
          <dd>{record.officers.map((o) => o.name).join('、')}</dd>
        </div>
        <div>
          <dt>{t(R.recordedBy)}</dt>
          <dd>
            {record.recordedBy.name} · {when(record.recordedAt)}
          </dd>
        </div>
        <div>
          <dt>{t(R.confirmedBy)}</dt>
          <dd data-testid="record-confirmed-by">
            {record.confirmedBy ? `${record.confirmedBy.name} · ${when(record.confirmedAt)}` : '—'}
          </dd>
        </div>
        <div>
          <dt>{t(R.arrival)}</dt>
          <dd>
            <Place p={record.arrival} />
          </dd>
        </div>
        <div>
          <dt>{t(R.departure)}</dt>
          <dd>
            <Place p={record.departure} />
          </dd>
        </div>
      </dl>
      <ol class="inspections-rec-items">
        {record.items.map((i) => (
          <li key={i.id} class={`inspections-rec-item inspections-rec-item-${i.result}`}>
            <div class="inspections-rec-item-head">
              <span>{title(i.id)}</span>
              <span class="inspections-rec-verdict">{t(CHECK_RESULT_LABELS[i.result])}</span>
            </div>
            {i.note && <p class="inspections-rec-note">{i.note}</p>}
            {i.photos.length > 0 && (
              <ul class="inspections-photo-list">
                {i.photos.map((p, n) => (
                  <li key={p.id} class="inspections-photo">
                    <a href={p.url} target="_blank" rel="noopener" title={t(R.openFull)}>
                      <img
                        src={p.url}
                        loading="lazy"
                        alt={`${title(i.id)} · ${fmt(t(R.photoAlt), { n: n + 1 })}`}
                        data-testid="record-photo"
                      />
                    </a>
                    <small class="inspections-photo-when">
                      {fmt(t(R.takenAt), { at: when(p.takenAt) })} (
                      {t(p.source === 'exif' ? R.exif : R.device)})
                    </small>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <h3 class="inspections-rec-sub">{t(R.findings)}</h3>
      <p class="inspections-rec-notes">{record.notes}</p>
      {record.disputeNote && (
        <p class="notice">{fmt(t(R.disputed), { note: record.disputeNote })}</p>
      )}
      <h3 class="inspections-rec-sub">{t(R.signature)}</h3>
      {sig.kind === 'signed' ? (
        <div class="inspections-rec-sign">
          <img
            src={sig.url}
            alt={`${t(R.signature)}：${sig.name}`}
            data-testid="record-signature"
          />
          <p>
            {sig.name} ·{' '}
            <small class="mono" title={t(R.signatureHash)}>
              {sig.sha256.slice(0, 16)}
            </small>
          </p>
        </div>
      ) : (
        <p data-testid="record-signature-refused">
          {sig.name ? `${sig.name}：` : ''}
          {fmt(t(R.refusedSign), { reason: sig.reason })}
        </p>
      )}
    </div>
  );
}
