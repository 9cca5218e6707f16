/**
 * One line per mounted route saying what it does, zh-CN first: the only part of the OpenAPI
 * document written by hand (inputs, guards and error codes come from the routes themselves).
 * A route without a line here fails openapi.test.ts, as a route without a row fails the
 * authorization matrix.
 */
import type { RouteDescription } from './openapi.describe';
import { APPLICANT_DESCRIPTIONS } from './descriptions.applicant';
import { STAFF_DESCRIPTIONS } from './descriptions.staff';
import { OFFICE_DESCRIPTIONS } from './descriptions.office';
import { EVIDENCE_DESCRIPTIONS } from './descriptions.evidence';
import { REALTIME_DESCRIPTIONS } from './descriptions.realtime';

export type { RouteDescription };

export const DESCRIPTIONS: Record<string, RouteDescription> = {
  ...APPLICANT_DESCRIPTIONS,
  ...STAFF_DESCRIPTIONS,
  ...OFFICE_DESCRIPTIONS,
  ...EVIDENCE_DESCRIPTIONS,
  ...REALTIME_DESCRIPTIONS,
};
