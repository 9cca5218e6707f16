/**
 * The one way the PWA talks to the worker: same-origin JSON, the session cookie, the UI locale
 * in Accept-Language, and every failure turned into an ApiError with a message fit to show.
 */
import { signal } from '@preact/signals';
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

export interface RequestOptions {
  /** Don't treat a 401 as "session ended" (the sign-in calls and the initial /api/me probe). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

async function request<T>(
  method: string,
  path: string,
  body: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': locale.value,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: opts.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    reachable.value = false;
    throw new ApiError('NETWORK', t(S.offline), 0);
  }
  reachable.value = true;
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data as T;
  if (isErrorBody(data)) {
    const e = data.error;
    if (res.status === 401 && !opts.quiet401) onUnauthorized?.();
    throw new ApiError(e.code, e.message, res.status, e.issues ?? [], e.retryAfterSeconds);
  }
  // A non-JSON failure: a proxy page, or the service worker answering for an unreachable server.
  if (res.status === 401 && !opts.quiet401) onUnauthorized?.();
  throw new ApiError('UNEXPECTED', t(S.unexpected), res.status);
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body: unknown = {}, opts?: RequestOptions) =>
    request<T>('POST', path, body, opts),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) =>
    request<T>('PUT', path, body, opts),
};

/** An ApiError as it comes back from the worker; used by callers that upload without fetch. */
export function apiErrorFrom(status: number, data: unknown): ApiError {
  if (isErrorBody(data)) {
    const e = data.error;
    return new ApiError(e.code, e.message, status, e.issues ?? [], e.retryAfterSeconds);
  }
  if (status === 0) return new ApiError('NETWORK', t(S.offline), 0);
  return new ApiError('UNEXPECTED', t(S.unexpected), status);
}

/** Builds `path?a=1&b=2`, dropping empty values. */
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
