/**
 * A personal number on a staff case page (ID number, phone): masked by default; the full value
 * only after a stated reason, which the server writes to the audit log (PRODUCT.md §8–9).
 * Escape or 取消 closes the reason form and gives focus back to its button; a "too short"
 * message goes away as soon as the reason is long enough.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { errorText } from '../../app/api';
import { C } from '../../app/common.strings';
import { t, type Text } from '../../app/i18n';
import { Q } from './queue.strings';

const MIN_REASON = 4;

export interface RevealTexts {
  label: Text;
  audit: Text;
  hint: Text;
  /** Shown instead of the masked value when there is none. */
  missing: Text;
}

export function RevealFact(props: {
  /** `id` → data-testid id-number / id-value / reveal-id / reveal-reason. */
  name: string;
  masked: string | null;
  mayReveal: boolean;
  texts: RevealTexts;
  reveal: (reason: string) => Promise<string>;
}) {
  const { name, masked, texts } = props;
  const asking = useSignal(false);
  const reason = useSignal('');
  const full = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const opener = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = `reveal-reason${name === 'id' ? '' : `-${name}`}`;

  useEffect(() => {
    if (asking.value) input.current?.focus();
  }, [asking.value]);

  function close() {
    asking.value = false;
    error.value = null;
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function submit(e: Event) {
    e.preventDefault();
    error.value = null;
    if (reason.value.trim().length < MIN_REASON) {
      error.value = t(Q.revealTooShort);
      return;
    }
    busy.value = true;
    try {
      full.value = await props.reveal(reason.value.trim());
      asking.value = false;
      reason.value = '';
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  return (
    <div class="fact" data-testid={`${name}-number`}>
      <dt>{t(texts.label)}</dt>
      <dd>
        <span class="mono" data-testid={`${name}-value`}>
          {full.value ?? masked ?? t(texts.missing)}
        </span>
        {full.value && (
          <>
            {' '}
            <span class="hint">({t(Q.revealed)})</span>{' '}
            <button
              type="button"
              class="btn btn-small btn-ghost"
              onClick={() => (full.value = null)}
            >
              {t(Q.hide)}
            </button>
          </>
        )}
        {masked && !full.value && props.mayReveal && !asking.value && (
          <>
            {' '}
            <button
              ref={opener}
              type="button"
              class="btn btn-small"
              data-testid={`reveal-${name}`}
              onClick={() => (asking.value = true)}
            >
              {t(Q.reveal)}
            </button>
          </>
        )}
        {asking.value && (
          <form
            class="reveal-form"
            onSubmit={submit}
            noValidate
            onKeyDown={(e) => {
              if (e.key === 'Escape') close();
            }}
          >
            <p class="notice">{t(texts.audit)}</p>
            <label for={inputId}>{t(Q.revealReason)}</label>
            <input
              ref={input}
              id={inputId}
              minLength={MIN_REASON}
              maxLength={200}
              required
              aria-describedby={`${inputId}-hint`}
              value={reason.value}
              onInput={(e) => {
                reason.value = e.currentTarget.value;
                // The reason was too short: say so only while it still is.
                if (error.value && reason.value.trim().length >= MIN_REASON) error.value = null;
              }}
            />
            <p class="hint" id={`${inputId}-hint`}>
              {t(texts.hint)}
            </p>
            <div aria-live="assertive">
              {error.value && (
                <p class="error" role="alert">
                  {error.value}
                </p>
              )}
            </div>
            <div class="button-row">
              <button type="submit" class="btn btn-primary" disabled={busy.value}>
                {t(Q.revealSubmit)}
              </button>
              <button type="button" class="btn btn-ghost" onClick={close}>
                {t(C.cancel)}
              </button>
            </div>
          </form>
        )}
      </dd>
    </div>
  );
}
