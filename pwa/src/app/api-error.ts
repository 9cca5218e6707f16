/**
 * The error every API call fails with. Kept apart from api.ts (which reads the locale and the
 * DOM) so that pure helpers such as failure.ts can tell failures apart without either.
 */
import type { ErrorCode } from '@core/errors';

/** Codes from the worker plus the two the client produces itself. */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'UNEXPECTED';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    readonly issues: { path: string; message: string }[] = [],
    /** Seconds the server asks to wait before trying again (throttled sign-in, quotas). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A lazily loaded screen (a JavaScript chunk) could not be fetched: offline, or a new deploy. */
export class ChunkLoadError extends Error {
  constructor(
    readonly screen: string,
    cause: unknown,
  ) {
    super(`could not load the "${screen}" screen`, { cause });
    this.name = 'ChunkLoadError';
  }
}
