/** Banners every screen shares: the update prompt, the offline notice, the toast region. */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { reachable } from './api';
import { meFromCache } from './auth';
import { C } from './common.strings';
import { t } from './i18n';
import { applyUpdate, dismissUpdate, updateWaiting } from './sw';
import { ToastRegion } from './toast';

const browserOnline = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

function useOnlineEvents() {
  useEffect(() => {
    const update = () => {
      browserOnline.value = navigator.onLine;
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
}

export function UpdateBanner() {
  if (!updateWaiting.value) return null;
  return (
    <div class="banner banner-update" role="alert" data-testid="update-banner">
      <span>{t(C.updateAvailable)}</span>
      <span class="banner-actions">
        <button type="button" class="btn btn-primary" onClick={applyUpdate}>
          {t(C.reload)}
        </button>
        <button type="button" class="btn btn-ghost" onClick={dismissUpdate}>
          {t(C.later)}
        </button>
      </span>
    </div>
  );
}

export function OfflineNotice() {
  useOnlineEvents();
  const offline = !browserOnline.value || !reachable.value || meFromCache.value;
  if (!offline) return null;
  return (
    <div class="banner banner-offline" role="status" data-testid="offline-notice">
      {t(C.offlineNotice)}
    </div>
  );
}

export function Chrome() {
  return (
    <>
      <UpdateBanner />
      <OfflineNotice />
      <ToastRegion />
    </>
  );
}
