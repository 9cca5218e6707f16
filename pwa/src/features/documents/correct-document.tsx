/**
 * Correcting an issued document (更正): the reason and only what changes; the worker issues a
 * new, newly numbered document that supersedes this one.
 */
import { useSignal } from '@preact/signals';
import type { DocumentCorrectionInput } from '@core/api';
import type { DocumentSummary } from '@core/api-answers';
import { api, errorText, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { Dialog } from '../cases/dialog';
import { D } from './documents.strings';

type Draft = Partial<
  Record<'reason' | 'addressee' | 'shopName' | 'address' | 'items' | 'extensionReason', string>
>;

/** The body a draft makes, or null when nothing would be corrected. */
export function correctionBody(
  kind: DocumentSummary['kind'],
  d: Draft,
): DocumentCorrectionInput | null {
  const v = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  const items = (d.items ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
  const body: DocumentCorrectionInput = {
    reason: d.reason?.trim() ?? '',
    ...(v(d.addressee) ? { addressee: v(d.addressee) } : {}),
    ...(v(d.shopName) ? { shopName: v(d.shopName) } : {}),
    ...(v(d.address) ? { address: v(d.address) } : {}),
    ...((kind === 'correction' || kind === 'refusal') && items.length ? { items } : {}),
    ...(kind === 'extension' && v(d.extensionReason)
      ? { extensionReason: v(d.extensionReason) }
      : {}),
  };
  return Object.keys(body).length > 1 ? body : null;
}

export function CorrectDocument(p: { caseId: string; doc: DocumentSummary; onDone: () => void }) {
  const open = useSignal(false);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const draft = useSignal<Draft>({});
  const field = (key: keyof Draft, label: string, multiline = false) => (
    <div class="field">
      <label for={`doc-fix-${key}`}>{label}</label>
      {multiline ? (
        <textarea
          id={`doc-fix-${key}`}
          rows={3}
          value={draft.value[key] ?? ''}
          onInput={(e) => (draft.value = { ...draft.value, [key]: e.currentTarget.value })}
        />
      ) : (
        <input
          id={`doc-fix-${key}`}
          value={draft.value[key] ?? ''}
          onInput={(e) => (draft.value = { ...draft.value, [key]: e.currentTarget.value })}
        />
      )}
    </div>
  );
  async function go() {
    const body = correctionBody(p.doc.kind, draft.value);
    if (!body) {
      error.value = t(D.nothing);
      return;
    }
    busy.value = true;
    try {
      await read(
        api.applications[':id'].documents[':docId'].corrections.$post({
          param: { id: encodeURIComponent(p.caseId), docId: encodeURIComponent(p.doc.id) },
          json: body,
        }),
      );
      open.value = false;
      toast(t(D.done));
      p.onDone();
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  return (
    <>
      <button
        type="button"
        class="btn btn-small btn-ghost"
        onClick={() => {
          draft.value = {};
          error.value = null;
          open.value = true;
        }}
        data-testid="document-correct"
      >
        {t(D.correct)}
      </button>
      {open.value && (
        <Dialog
          title={fmt(t(D.correctTitle), { number: p.doc.number })}
          submitText={t(D.correct)}
          busy={busy.value}
          error={error.value}
          onEdit={() => (error.value = null)}
          onClose={() => (open.value = false)}
          onSubmit={() => void go()}
        >
          <p>{t(D.correctHint)}</p>
          {field('reason', t(D.reason))}
          {field('addressee', t(D.addressee))}
          {field('shopName', t(D.shopName))}
          {field('address', t(D.address))}
          {(p.doc.kind === 'correction' || p.doc.kind === 'refusal') &&
            field('items', t(D.items), true)}
          {p.doc.kind === 'extension' && field('extensionReason', t(D.extensionReason), true)}
        </Dialog>
      )}
    </>
  );
}
