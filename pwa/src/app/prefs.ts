/**
 * Large-text mode (适老化). The whole UI is sized in rem, so scaling the root font size scales
 * text, spacing and touch targets together.
 */
import { effect, signal } from '@preact/signals';

const STORAGE_KEY = 'xuke.largeText';

function initial(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

export const largeText = signal<boolean>(initial());

effect(() => {
  document.documentElement.classList.toggle('large-text', largeText.value);
  try {
    localStorage.setItem(STORAGE_KEY, largeText.value ? '1' : '0');
  } catch {
    // Not persisting is acceptable.
  }
});
