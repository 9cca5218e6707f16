/**
 * Who is signed in. The server's session cookie is the truth; `me` mirrors GET /api/me.
 * The last known user is remembered on the device so an offline start still opens the home
 * screen (with an offline notice) instead of a sign-in form that cannot work without network.
 */
import { computed, signal } from '@preact/signals';
import type { Me } from '@core/api';
import { ApiError, api, opts, read, setUnauthorizedHandler } from './api';

const CACHE_KEY = 'xuke.lastMe';

export type AuthState = 'checking' | 'ready';

export const authState = signal<AuthState>('checking');
export const me = signal<Me | null>(null);
/** The user came from the device cache because the server could not be reached. */
export const meFromCache = signal(false);
/** Signed in just now (not a session resumed at start): a new applicant is led to 实名认证. */
export const freshSignIn = signal(false);

export const applicant = computed(() => (me.value?.kind === 'applicant' ? me.value : null));
export const staff = computed(() => (me.value?.kind === 'staff' ? me.value : null));

function remember(user: Me | null): void {
  try {
    if (user) localStorage.setItem(CACHE_KEY, JSON.stringify(user));
    else localStorage.removeItem(CACHE_KEY);
  } catch {
    // Without storage an offline start shows the sign-in screen; acceptable.
  }
}

function cached(): Me | null {
  try {
    const raw = localStorage.getItem(CACHE_KEY);
    const parsed = raw ? (JSON.parse(raw) as Me) : null;
    return parsed && (parsed.kind === 'applicant' || parsed.kind === 'staff') ? parsed : null;
  } catch {
    return null;
  }
}

/** Called after sign-in, real-name binding, or anything else that returns a fresh user. */
export function setMe(user: Me | null): void {
  me.value = user;
  meFromCache.value = false;
  remember(user);
}

setUnauthorizedHandler(() => setMe(null));

/** Asks the server who we are; on a network failure falls back to the remembered user. */
export async function checkSession(): Promise<void> {
  try {
    const res = await read(api.me.$get(undefined, opts({ quiet401: true })));
    setMe(res.user);
  } catch (err) {
    if (err instanceof ApiError && err.code === 'NETWORK') {
      me.value = cached();
      meFromCache.value = me.value !== null;
    } else {
      setMe(null);
    }
  } finally {
    authState.value = 'ready';
  }
}

export async function logout(): Promise<void> {
  try {
    await read(api.auth.logout.$post(undefined, opts({ quiet401: true })));
  } catch {
    // Offline or already expired: forget the user locally all the same.
  }
  setMe(null);
}
