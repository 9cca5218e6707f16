/**
 * The statutory preconditions (PRODUCT.md §2) checked on the device with the same rules and
 * working-day calendar as the worker, so a renewal that is too late, a resumption after the
 * suspension ended or a "change" that is really a move is refused before anything is sent.
 */
import type { LicenceView } from '@core/api';
import type { BusinessType } from '@core/business-types';
import {
  checkPreconditions,
  renewalDeadline,
  type ChangeKind,
  type PreconditionCode,
  type PreconditionReason,
} from '@core/preconditions';
import { appToday, calendar } from '../../app/calendar';
import type { FormState } from './form-state';

function opt(f: FormState, k: string): string | undefined {
  const v = f[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Every reason the rules refuse this filing today; empty when it may go ahead. */
export function precheck(
  type: BusinessType,
  licence: LicenceView | null,
  f: FormState,
  today = appToday(),
): PreconditionReason[] {
  if (type === 'new') return [];
  const input: Parameters<typeof checkPreconditions>[1] = { today };
  if (licence) {
    input.licence = {
      status: licence.status,
      issuedOn: licence.issuedOn,
      expiresOn: licence.expiresOn,
      suspendedUntil: licence.suspendedUntil,
    };
  }
  const fields = {
    changeDate: opt(f, 'changeDate'),
    changeKind: opt(f, 'changeKind') as ChangeKind | undefined,
    closureDate: opt(f, 'closureDate'),
    suspendFrom: opt(f, 'suspendFrom'),
    suspendUntil: opt(f, 'suspendUntil'),
  };
  for (const [k, v] of Object.entries(fields)) {
    if (v !== undefined) (input as unknown as Record<string, unknown>)[k] = v;
  }
  const r = checkPreconditions(type, input, calendar.value);
  return r.ok ? [] : r.reasons;
}

/** Reasons that only depend on the licence and today, shown as soon as the form opens. */
export const LICENCE_REASONS: ReadonlySet<PreconditionCode> = new Set<PreconditionCode>([
  'licence_required',
  'licence_status',
  'licence_expired',
  'renewal_too_late',
  'resume_too_late',
]);

/** The last day a renewal of `licence` may be filed. */
export function lastRenewalDay(licence: LicenceView): string {
  return renewalDeadline(licence.expiresOn, calendar.value);
}
