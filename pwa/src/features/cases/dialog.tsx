/**
 * A modal dialog on the native <dialog> element: focus is trapped and Escape closes it for
 * free, which a hand-made overlay would have to re-implement (and usually gets wrong).
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
  error?: string | null;
  testId?: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      onClose={p.onClose}
      aria-labelledby="dialog-title"
      data-testid={p.testId}
    >
      <form
        method="dialog"
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          p.onSubmit();
        }}
      >
        <h2 id="dialog-title">{p.title}</h2>
        {p.children}
        {p.error && (
          <p class="error" role="alert">
            {p.error}
          </p>
        )}
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
