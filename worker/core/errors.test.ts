import { describe, expect, test } from 'vitest';
import { ERRORS } from './errors';
import { CASES_ERRORS } from './errors/cases';
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

describe('the error vocabulary', () => {
  const parts = [
    ROUTE_ERRORS,
    REQUEST_ERRORS,
    CASES_ERRORS,
    INSPECTIONS_ERRORS,
    SERVICE_ERRORS,
    SUPERVISION_RECORD_ERRORS,
    EVIDENCE_ERRORS,
    INTEGRATION_ERRORS,
    IMPORTS_ERRORS,
    SETTINGS_ERRORS,
    WARNINGS_ERRORS,
    TERMINATION_ERRORS,
    REALTIME_ERRORS,
    COCKPIT_ERRORS,
  ];

  test('no code is defined in two areas (a spread would silently keep only the last)', () => {
    const codes = parts.flatMap((p) => Object.keys(p));
    expect(codes.length).toBe(new Set(codes).size);
    expect(Object.keys(ERRORS).length).toBe(codes.length);
  });

  test('every code has an HTTP error status and both messages', () => {
    for (const [code, e] of Object.entries(ERRORS)) {
      expect(e.status, code).toBeGreaterThanOrEqual(400);
      expect(e.zh.trim(), code).not.toBe('');
      expect(e.en.trim(), code).not.toBe('');
    }
  });
});
