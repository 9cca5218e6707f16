import { ERRORS, type ErrorCode } from '../../core/errors';

/** An error the API answers with a stable code; anything else becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues?: { path: string; message: string }[],
    /** Overrides the generic message, e.g. a validator's precise reason: {zh, en}. */
    readonly detail?: { zh: string; en: string },
    /** Seconds the caller must wait before trying again (throttling). */
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}
