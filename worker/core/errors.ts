/**
 * Stable error codes answered by the API as `{error: {code, message}}`.
 * Clients switch on `code`; `message` is for people, in zh-CN or en. Each area keeps its codes
 * in its own file under `errors/`; a code must be unique across them (a test checks).
 */
import { CASES_ERRORS } from './errors/cases';
import type { ErrorEntry } from './errors/entry';
import { EVIDENCE_ERRORS } from './errors/evidence';
import { IMPORTS_ERRORS } from './errors/imports';
import { INSPECTIONS_ERRORS } from './errors/inspections';
import { INTEGRATION_ERRORS } from './errors/integrations';
import { REQUEST_ERRORS } from './errors/request';
import { SERVICE_ERRORS } from './errors/service';
import { SUPERVISION_RECORD_ERRORS } from './errors/supervision-records';
import { SETTINGS_ERRORS } from './errors/settings';
import { ROUTE_ERRORS } from './route/errors';
import { WARNINGS_ERRORS } from './errors/warnings';
import { TERMINATION_ERRORS } from './errors/termination';
import { REALTIME_ERRORS } from './errors/realtime';
import { COCKPIT_ERRORS } from './errors/cockpit';

export const ERRORS = {
  // The route planner's refusals (defined beside it, as it also runs alone in a Web Worker).
  ...ROUTE_ERRORS,
  ...REQUEST_ERRORS,
  ...CASES_ERRORS,
  ...INSPECTIONS_ERRORS,
  ...SERVICE_ERRORS,
  ...SUPERVISION_RECORD_ERRORS,
  ...EVIDENCE_ERRORS,
  ...INTEGRATION_ERRORS,
  ...IMPORTS_ERRORS,
  ...SETTINGS_ERRORS,
  ...WARNINGS_ERRORS,
  ...TERMINATION_ERRORS,
  ...REALTIME_ERRORS,
  ...COCKPIT_ERRORS,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERRORS;

export type Locale = 'zh-CN' | 'en';

/** The human message for an error code in the caller's locale. */
export function errorMessage(code: ErrorCode, locale: Locale): string {
  const e = ERRORS[code];
  return locale === 'en' ? e.en : e.zh;
}

/** Shape of every error body the API answers. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId?: string;
    /** Field-level problems, e.g. `[{path: 'phone', message: '...'}]`. */
    issues?: { path: string; message: string }[];
    /** How long to wait before trying again (also sent as `Retry-After` with a 429). */
    retryAfterSeconds?: number;
  };
}
