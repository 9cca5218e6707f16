/**
 * Inputs of the guided form, bound to one form state by name: a label, a hint and the inline
 * error under each, with the error tied to the input for screen readers (aria-describedby).
 */
import type { ComponentChildren } from 'preact';
import { t, type Text } from '../../app/i18n';
import type { FieldErrors, FormState } from './form-state';

/** The words on a field named in a correction request (not colour alone, WCAG 1.4.1). */
export function FlagNote() {
  return <span class="flag-note">⚠ {t(FLAG)}</span>;
}

const FLAG: Text = { zh: '此项需要补正', en: 'Needs correcting' };
const REQUIRED: Text = { zh: '必填', en: 'Required' };

/** Marks a field the form cannot be sent without, before anyone tries (words, not a star). */
export function RequiredMark() {
  return <span class="required-mark">{t(REQUIRED)}</span>;
}

export interface Binding {
  /** The draft (or case) being edited: names what is kept on the device for it. */
  id: string;
  form: FormState;
  set: (name: string, value: string | boolean | Record<string, string>) => void;
  errors: FieldErrors;
  /** Fields named in a correction request: marked so the applicant finds them. */
  flagged: Set<string>;
  /** Fields the form cannot be sent without (`attachments.<kind>` for photos): marked. */
  required: Set<string>;
}

interface Common {
  b: Binding;
  name: string;
  label: Text;
  hint?: Text | undefined;
}

function str(b: Binding, name: string): string {
  const v = b.form[name];
  return typeof v === 'string' ? v : '';
}

function Frame(p: Common & { children: ComponentChildren; id: string; wide?: boolean }) {
  const err = p.b.errors[p.name];
  return (
    <div class={`field${p.b.flagged.has(p.name) ? ' field-flag' : ''}`} data-field={p.name}>
      {p.b.flagged.has(p.name) && <FlagNote />}
      <label for={p.id}>
        {t(p.label)}
        {p.b.required.has(p.name) && <RequiredMark />}
      </label>
      {p.children}
      {p.hint && (
        <p class="hint" id={`${p.id}-hint`}>
          {t(p.hint)}
        </p>
      )}
      {err && (
        <p class="error" id={`${p.id}-err`} role="alert">
          {err}
        </p>
      )}
    </div>
  );
}

function describedBy(p: Common, id: string): string | undefined {
  const ids = [p.hint ? `${id}-hint` : '', p.b.errors[p.name] ? `${id}-err` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(
  p: Common & {
    type?: 'text' | 'date' | 'tel';
    inputMode?: 'text' | 'decimal' | 'numeric';
    autoComplete?: string;
    multiline?: boolean;
    upper?: boolean;
  },
) {
  const id = `f-${p.name}`;
  const common = {
    id,
    name: p.name,
    value: str(p.b, p.name),
    'aria-invalid': p.b.errors[p.name] ? true : undefined,
    'aria-required': p.b.required.has(p.name) || undefined,
    'aria-describedby': describedBy(p, id),
  };
  const onInput = (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value;
    p.b.set(p.name, p.upper ? v.toUpperCase() : v);
  };
  return (
    <Frame {...p} id={id}>
      {p.multiline ? (
        <textarea {...common} rows={3} onInput={onInput} />
      ) : (
        <input
          {...common}
          type={(p.type ?? 'text') as 'text'}
          inputMode={p.inputMode}
          autoComplete={p.autoComplete ?? 'off'}
          onInput={onInput}
        />
      )}
    </Frame>
  );
}

export function SelectField(p: Common & { options: [string, string][]; placeholder: Text }) {
  const id = `f-${p.name}`;
  return (
    <Frame {...p} id={id}>
      <select
        id={id}
        name={p.name}
        value={str(p.b, p.name)}
        aria-invalid={p.b.errors[p.name] ? true : undefined}
        aria-required={p.b.required.has(p.name) || undefined}
        aria-describedby={describedBy(p, id)}
        onChange={(e) => p.b.set(p.name, e.currentTarget.value)}
      >
        <option value="">{t(p.placeholder)}</option>
        {p.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** One choice among a few, as big tappable rows (easier than a dropdown on a phone). */
export function ChoiceField(p: Common & { options: [string, Text][] }) {
  const err = p.b.errors[p.name];
  return (
    <fieldset
      class={`choice-list${p.b.flagged.has(p.name) ? ' field-flag' : ''}`}
      data-field={p.name}
    >
      <legend>
        {t(p.label)}
        {p.b.required.has(p.name) && <RequiredMark />}
      </legend>
      {p.hint && <p class="hint">{t(p.hint)}</p>}
      {p.options.map(([v, label]) => (
        <label key={v} class={`choice ${str(p.b, p.name) === v ? 'choice-on' : ''}`}>
          <input
            type="radio"
            name={p.name}
            value={v}
            checked={str(p.b, p.name) === v}
            onChange={() => p.b.set(p.name, v)}
          />
          <span class="choice-text">{t(label)}</span>
        </label>
      ))}
      {err && (
        <p class="error" role="alert">
          {err}
        </p>
      )}
    </fieldset>
  );
}

export function CheckField(p: Common) {
  const id = `f-${p.name}`;
  const err = p.b.errors[p.name];
  return (
    <div
      class={`field check-field${p.b.flagged.has(p.name) ? ' field-flag' : ''}`}
      data-field={p.name}
    >
      <label class="check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={p.b.form[p.name] === true}
          aria-invalid={err ? true : undefined}
          onChange={(e) => p.b.set(p.name, e.currentTarget.checked)}
        />
        <span>
          {t(p.label)}
          {p.b.required.has(p.name) && <RequiredMark />}
        </span>
      </label>
      {p.hint && <p class="hint">{t(p.hint)}</p>}
      {err && (
        <p class="error" role="alert">
          {err}
        </p>
      )}
    </div>
  );
}
