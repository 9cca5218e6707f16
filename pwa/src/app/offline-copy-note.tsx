/** "离线显示，数据截至 12月3日 14:05": a screen shows the device copy; it reloads once online. */
import { useEffect, useRef } from 'preact/hooks';
import { reachable } from './api';
import { formatShortDateTime } from './format';
import { dict, fmt, t } from './i18n';

const S = dict({
  asOf: {
    zh: '离线显示，数据截至 {when}。联网后会自动更新。',
    en: 'Shown offline, as of {when}. It updates by itself once you are online.',
  },
});

export function OfflineCopyNote({ savedAt, onRetry }: { savedAt: string; onRetry: () => void }) {
  const back = reachable.value;
  const wasBack = useRef(back);
  useEffect(() => {
    if (back && !wasBack.current) onRetry();
    wasBack.current = back;
  }, [back]);
  useEffect(() => {
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [onRetry]);
  return (
    <p class="notice offline-copy" role="status" data-testid="offline-copy">
      {fmt(t(S.asOf), { when: formatShortDateTime(savedAt) })}
    </p>
  );
}
