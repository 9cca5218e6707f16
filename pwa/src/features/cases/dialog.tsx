/**
 * A modal dialog on the native <dialog> element: focus is trapped inside while it is open.
 * Escape (and the Cancel button) close it through the owner's state, never behind its back;
 * when it closes, focus goes back to the button that opened it (or to `returnFocus()`, when the
 * owner knows that button is gone), so a keyboard user carries on where they were.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { C } from '../../app/common.strings';
import { t } from '../../app/i18n';

export function Dialog(p: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitText: string;
  busy?: boolean;
  danger?: boolean;
  /** What stopped the last submit; the owner clears it once its cause is fixed (see onEdit). */
  error?: string | null;
  /** Called on every edit inside the dialog: the moment to re-check (and clear) `error`. */
  onEdit?: () => void;
  /** Where focus goes on closing, if not back to the opener (e.g. the opener is gone). */
  returnFocus?: () => HTMLElement | null;
  testId?: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // The element focused when the dialog opened: the button that opened it.
  const opener = useRef<Element | null>(
    typeof document === 'undefined' ? null : document.activeElement,
  );
  const props = useRef(p);
  props.current = p;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      const target = props.current.returnFocus?.() ?? opener.current;
      // After the owner's re-render: the opener may be re-rendered in place.
      requestAnimationFrame(() => {
        const el =
          target instanceof HTMLElement && target.isConnected
            ? target
            : (props.current.returnFocus?.() ?? null);
        el?.focus();
      });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      onCancel={(e) => {
        // Escape: the owner's state closes it (and unmounts it), not the browser alone.
        e.preventDefault();
        p.onClose();
      }}
      onClose={p.onClose}
      aria-labelledby="dialog-title"
      data-testid={p.testId}
    >
      <form
        method="dialog"
        class="form"
        onInput={() => p.onEdit?.()}
        onChange={() => p.onEdit?.()}
        onSubmit={(e) => {
          e.preventDefault();
          p.onSubmit();
        }}
      >
        <h2 id="dialog-title">{p.title}</h2>
        {p.children}
        <div aria-live="assertive">
          {p.error && (
            <p class="error" role="alert" data-testid="dialog-error">
              {p.error}
            </p>
          )}
        </div>
        <div class="button-row">
          <button type="button" class="btn btn-ghost" onClick={p.onClose}>
            {t(C.cancel)}
          </button>
          <button
            type="submit"
            class={`btn ${p.danger ? 'btn-danger' : 'btn-primary'}`}
            disabled={p.busy}
            data-testid="dialog-submit"
          >
            {p.submitText}
          </button>
        </div>
      </form>
    </dialog>
  );
}
