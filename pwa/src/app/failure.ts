/**
 * What a failed load means to the person looking at the screen. Only the server saying "no
 * such thing" (404) is "not found"; no network is "offline" (retry, keep any copy on screen);
 * anything else is an error worth retrying. A screen never turns a failure into an empty list.
 */
import { ApiError, ChunkLoadError } from './api-error';

export type Failure = 'not-found' | 'offline' | 'error';

/**
 * @example failureOf(new ApiError('NOT_FOUND', '…', 404)) === 'not-found'
 * @example failureOf(new ApiError('NETWORK', '…', 0)) === 'offline'
 */
export function failureOf(err: unknown): Failure {
  if (err instanceof ApiError) {
    if (err.code === 'NOT_FOUND') return 'not-found';
    if (err.code === 'NETWORK') return 'offline';
    return 'error';
  }
  // The browser refused the fetch of a chunk: no network, or the files changed with a deploy.
  if (err instanceof ChunkLoadError) return 'offline';
  return 'error';
}
