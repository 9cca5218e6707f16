/**
 * The guided form's data, kept pure so it is tested without a DOM. While typing, a form is a
 * loose record of strings (a half-typed latitude is not a number yet); `toSubmission` turns it
 * into what `formSchemaFor(type)` checks, and `fieldErrors` maps the schema's (or the
 * server's `form.x.y`) issue paths back to the fields that show them.
 */
import type { BusinessType } from '@core/business-types';

/** What the screen edits: text inputs as strings, toggles as booleans, photos by attachment id. */
export type FormState = Record<string, string | boolean | Record<string, string>>;

/** A field's error keyed by its dotted path inside the form (`shopName`, `attachments.idCardFront`). */
export type FieldErrors = Record<string, string>;

export function emptyForm(type: BusinessType): FormState {
  switch (type) {
    case 'new':
      return {
        operatorName: '',
        idNumber: '',
        shopName: '',
        creditCode: '',
        county: '',
        address: '',
        lat: '',
        lng: '',
        premisesProof: '',
        byAgent: false,
        agentName: '',
        agentIdNumber: '',
        attachments: {},
      };
    case 'renewal':
      return { confirmUnchanged: false, attachments: {} };
    case 'change':
      return { changeKind: '', changeDate: '', newValue: '', attachments: {} };
    case 'suspension':
      return { suspendFrom: '', suspendUntil: '', reason: '' };
    case 'resume':
      return { resumeOn: '', confirmConditions: false };
    case 'reissue':
      return { reason: '', statement: '' };
    case 'closure':
      return { closureDate: '', reason: '' };
  }
}

const NUMERIC = new Set(['lat', 'lng']);

/** The body a submission sends: empty fields dropped, numbers parsed, agent fields only by agent. */
export function toSubmission(type: BusinessType, f: FormState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === '') continue;
    if (typeof v === 'string' && NUMERIC.has(k)) {
      const n = Number(v.trim());
      out[k] = Number.isFinite(n) ? n : v;
    } else if (typeof v === 'object') {
      const att = Object.fromEntries(Object.entries(v).filter(([, id]) => id !== ''));
      out[k] = att;
    } else {
      out[k] = typeof v === 'string' ? v.trim() : v;
    }
  }
  if (type === 'new' && out.byAgent !== true) {
    delete out.agentName;
    delete out.agentIdNumber;
    const att = out.attachments as Record<string, string> | undefined;
    if (att) delete att.agentAuthorisation;
  }
  return out;
}

/**
 * A form as the server returns it (after 补正 or from a server draft) back into screen state:
 * masked and encrypted copies of ID numbers are dropped, as they cannot be sent again.
 */
export function fromServerForm(type: BusinessType, form: Record<string, unknown>): FormState {
  const out = emptyForm(type);
  for (const [k, v] of Object.entries(form)) {
    if (!(k in out)) continue;
    if (typeof v === 'number') out[k] = String(v);
    else if (typeof v === 'string' || typeof v === 'boolean') out[k] = v;
    else if (v && typeof v === 'object') out[k] = { ...(v as Record<string, string>) };
  }
  return out;
}

/** Issue paths (`form.attachments.idCardFront` or `attachments.idCardFront`) → field keys. */
export function fieldErrors(issues: { path: string; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const key = i.path.replace(/^form\.?/, '') || '_form';
    out[key] ??= i.message;
  }
  return out;
}
