/** One warning: severity in words, what it is about (a link to its object), and its acknowledgement. */
import { useState } from 'preact/hooks';
import { WARNING_RULE_LABELS, WARNING_SEVERITY_LABELS, type WarningItem } from '@core/warnings';
import { api, ApiError, read } from '../../app/api';
import { staff } from '../../app/auth';
import { formatDate, formatDateTime } from '../../app/format';
import { fmt, lbl, t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { S } from './warnings.strings';

export function WarningCard({ w, onDone }: { w: WarningItem; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const mayAck = staff.value?.role !== 'inspector' && !w.acknowledged;
  return (
    <li class={`warnings-card warnings-${w.severity}`} data-testid="warning">
      <div class="warnings-head">
        <span class={`warnings-badge warnings-badge-${w.severity}`}>
          {t(WARNING_SEVERITY_LABELS[w.severity])}
        </span>
        <span class="warnings-rule">{t(WARNING_RULE_LABELS[w.rule])}</span>
        <span class="warnings-county">{w.county.name}</span>
      </div>
      <a class="warnings-object" href={w.object.href}>
        {w.object.label}
      </a>
      <p class="warnings-facts">
        {w.dueOn && (
          <span>
            {lbl(S.due)}
            {formatDate(w.dueOn)}
          </span>
        )}
        <span>
          {lbl(S.since)}
          {formatDate(w.firstSeenOn)}
        </span>
      </p>
      {w.acknowledged && (
        <p class="warnings-acked" data-testid="warning-acked">
          {fmt(t(S.ackedBy), {
            by: w.acknowledged.by,
            at: formatDateTime(w.acknowledged.at),
            note: w.acknowledged.note,
          })}
        </p>
      )}
      {mayAck && !open && (
        <button type="button" class="btn btn-small" onClick={() => setOpen(true)}>
          {t(S.ack)}
        </button>
      )}
      {mayAck && open && <AckForm id={w.id} onCancel={() => setOpen(false)} onDone={onDone} />}
    </li>
  );
}

function AckForm({
  id,
  onCancel,
  onDone,
}: {
  id: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function send() {
    setBusy(true);
    setError(null);
    try {
      await read(
        api.warnings[':id'].acknowledge.$post({ param: { id }, json: { note: note.trim() } }),
      );
      toast(t(S.done));
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  }
  return (
    <form
      class="form warnings-form"
      data-testid="warning-ack-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim()) void send();
      }}
    >
      <label class="field">
        <span>{t(S.note)}</span>
        <textarea
          value={note}
          maxLength={500}
          rows={2}
          required
          placeholder={t(S.notePlaceholder)}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="warnings-actions">
        <button type="submit" class="btn btn-primary" disabled={busy || !note.trim()}>
          {t(S.save)}
        </button>
        <button type="button" class="btn btn-small" onClick={onCancel}>
          {t(S.cancel)}
        </button>
      </div>
    </form>
  );
}
