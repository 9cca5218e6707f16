/**
 * The one way the PWA talks to the worker: a client typed from the worker's routes
 * (`hc<AppType>`), so a path, a body or a field of an answer the worker does not have fails
 * the type check. Same-origin JSON with the session cookie and the UI locale in
 * Accept-Language; every failure becomes an ApiError with a message fit to show.
 *
 *   const { items } = await read(api.my.licences.$get(undefined, opts({ signal })));
 */
import { signal } from '@preact/signals';
import { hc, type ClientRequestOptions } from 'hono/client';
import type { AppType } from '@worker/index';
import type { ErrorBody } from '@core/errors';
import { ApiError } from './api-error';
import { dict, locale, t } from './i18n';

export { ApiError, type ApiErrorCode } from './api-error';

const S = dict({
  offline: {
    zh: '网络连接不可用，请检查网络后重试。',
    en: 'No network connection. Please check your network and try again.',
  },
  unexpected: {
    zh: '服务暂时出现问题，请稍后再试。',
    en: 'Something went wrong. Please try again later.',
  },
});

/**
 * False after a request failed for lack of network, true again after one succeeds. Needed
 * because navigator.onLine is unreliable (captive portals, and Playwright's offline mode).
 */
export const reachable = signal(true);

let onUnauthorized: (() => void) | null = null;

/** The auth store registers here so an expired session anywhere returns to sign-in. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

function isErrorBody(x: unknown): x is ErrorBody {
  if (typeof x !== 'object' || x === null || !('error' in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

/**
 * `fetch` as the typed client uses it: the cookie, Accept and the locale added, a network
 * failure and every non-2xx answer thrown as ApiError. A 401 ends the session on this device,
 * unless the caller expects one (`quiet401`: the sign-in calls and the initial /api/me probe).
 */
function apiFetch(quiet401: boolean): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Accept', 'application/json');
    headers.set('Accept-Language', locale.value);
    let res: Response;
    try {
      res = await fetch(input, { ...init, headers, credentials: 'same-origin' });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      reachable.value = false;
      throw new ApiError('NETWORK', t(S.offline), 0);
    }
    reachable.value = true;
    if (res.ok) return res;
    const data: unknown = await res.json().catch(() => null);
    if (res.status === 401 && !quiet401) onUnauthorized?.();
    throw apiErrorFrom(res.status, data);
  };
}

const loudFetch = apiFetch(false);
const quietFetch = apiFetch(true);

/** The worker's API (`/api/…`), typed from its routes: `api.my.applications[':id'].$get(…)`. */
export const api = hc<AppType>('/api', { fetch: loudFetch });

export interface RequestOptions {
  /** Don't treat a 401 as "session ended" (the sign-in calls and the initial /api/me probe). */
  quiet401?: boolean;
  signal?: AbortSignal | undefined;
}

/** Per-call options for the client: an abort signal, an expected 401. */
export function opts(o: RequestOptions): ClientRequestOptions {
  return {
    fetch: o.quiet401 ? quietFetch : loudFetch,
    ...(o.signal ? { init: { signal: o.signal } } : {}),
  };
}

/**
 * The JSON answer of a call (failures were already thrown as ApiError by the client's fetch);
 * a success that is not JSON (a proxy's page) is an unexpected failure too.
 */
export async function read<T>(call: Promise<{ json(): Promise<T>; status: number }>): Promise<T> {
  const res = await call;
  try {
    return await res.json();
  } catch {
    throw new ApiError('UNEXPECTED', t(S.unexpected), res.status);
  }
}

/** An ApiError as it comes back from the worker; used by callers that upload without fetch. */
export function apiErrorFrom(status: number, data: unknown): ApiError {
  if (isErrorBody(data)) {
    const e = data.error;
    return new ApiError(e.code, e.message, status, e.issues ?? [], e.retryAfterSeconds);
  }
  // A non-JSON failure: a proxy page, or the service worker answering for an unreachable server.
  if (status === 0) return new ApiError('NETWORK', t(S.offline), 0);
  return new ApiError('UNEXPECTED', t(S.unexpected), status);
}

/** Builds `path?a=1&b=2`, dropping empty values (the app's own screen URLs). */
export function withQuery(path: string, query: Record<string, string | number | undefined>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The message to show for any thrown value. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return t(S.unexpected);
}
