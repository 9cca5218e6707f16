/**
 * Remembers the list a case was opened from (queue with its filters and page, warnings, or
 * inspections) so the case page's back link returns to exactly that view.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

export const lastQueueUrl = signal('/queue');

/** Call from a list screen. */
export function useRememberListUrl(): void {
  const { url } = useLocation();
  useEffect(() => {
    lastQueueUrl.value = url;
  }, [url]);
}
