/** Short confirmations announced to screen readers through one polite live region. */
import { signal } from '@preact/signals';

interface Toast {
  id: number;
  text: string;
}

const toasts = signal<Toast[]>([]);
let next = 1;

export function toast(text: string): void {
  const id = next++;
  toasts.value = [...toasts.value, { id, text }];
  setTimeout(() => {
    toasts.value = toasts.value.filter((x) => x.id !== id);
  }, 5000);
}

/** Always mounted (even when empty) so assistive tech is already listening when text arrives. */
export function ToastRegion() {
  return (
    <div class="toasts" role="status" aria-live="polite" aria-atomic="false">
      {toasts.value.map((x) => (
        <div key={x.id} class="toast">
          {x.text}
        </div>
      ))}
    </div>
  );
}
