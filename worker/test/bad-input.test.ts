/**
 * Bad input, table-driven: every request below is wrong in one way. Each must answer a 4xx with
 * the stable code named, never a 5xx or a stack, and leave every table and stored object as it
 * was (compared before and after).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal, World } from './authz.matrix';
import { newForm } from './cases';
import { CONSENT, call } from './fixtures';
import { stateDigest } from './state';
import { APPLICANT_BAD_CASES } from './bad-input.applicant';
import { RESUBMISSION_BAD_CASES, SUBMISSION_BAD_CASES } from './bad-input.submissions';
import { STAFF_BAD_CASES } from './bad-input.staff';
import { TASK_BAD_CASES } from './bad-input.tasks';
import { RATING_BAD_CASES } from './bad-input.ratings';
import { MAP_BAD_CASES } from './bad-input.map';
import { ADMIN_BAD_CASES } from './bad-input.admin';
import { CHECKLIST_CASES, REMOTE_CASES } from './bad-input.remote';
import { SERVICE_BAD_CASES } from './bad-input.service';
import { RECORD_BAD_CASES } from './bad-input.records';
import { EVIDENCE_BAD_CASES } from './bad-input.evidence';
import { INTEGRATION_BAD_CASES } from './bad-input.integrations';
import { IMPORTS_BAD_CASES } from './bad-input.imports';
import { SETTINGS_BAD_CASES } from './bad-input.settings';
import { WARNING_BAD_CASES } from './bad-input.warnings';
import { TERMINATE_BAD_CASES } from './bad-input.terminate';
import { REALTIME_BAD_CASES } from './bad-input.realtime';
import { COCKPIT_BAD_CASES } from './bad-input.cockpit';
import { sessions, world } from './world';

const ALL = [
  ...APPLICANT_BAD_CASES,
  ...RESUBMISSION_BAD_CASES,
  ...STAFF_BAD_CASES,
  ...TASK_BAD_CASES,
  ...RATING_BAD_CASES,
  ...MAP_BAD_CASES,
  ...ADMIN_BAD_CASES,
  ...CHECKLIST_CASES,
  ...REMOTE_CASES,
  ...SERVICE_BAD_CASES,
  ...RECORD_BAD_CASES,
  ...EVIDENCE_BAD_CASES,
  ...INTEGRATION_BAD_CASES,
  ...IMPORTS_BAD_CASES,
  ...SETTINGS_BAD_CASES,
  ...WARNING_BAD_CASES,
  ...TERMINATE_BAD_CASES,
  ...REALTIME_BAD_CASES,
  ...COCKPIT_BAD_CASES,
  ...SUBMISSION_BAD_CASES,
];

describe('bad input', () => {
  let w: World;
  let cookies: Record<Principal, string | undefined>;
  let goodForm: Record<string, unknown>;

  beforeAll(async () => {
    w = await world();
    cookies = await sessions();
    goodForm = await newForm(cookies.applicantA as string, w.idNumberA);
  });

  it('has at least 150 cases, each named once', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
  });

  it.each(ALL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    let body = c.body;
    if (body && typeof body === 'object' && 'mutate' in body) {
      const mutate = (body as { mutate: (f: Record<string, unknown>) => Record<string, unknown> })
        .mutate;
      body = {
        idempotencyKey: crypto.randomUUID(),
        type: 'new',
        form: mutate(goodForm),
        consent: CONSENT,
      };
    } else if (body && typeof body === 'object' && 'licence' in body) {
      const { licence: _l, ...rest } = body as Record<string, unknown>;
      body = {
        idempotencyKey: crypto.randomUUID(),
        licenceId: w.licenceA,
        consent: CONSENT,
        ...rest,
      };
    } else if (body && typeof body === 'object' && 'consentOf' in body) {
      // A complete 新办 whose consent alone is wrong.
      const { consentOf: _c, ...rest } = body as Record<string, unknown>;
      body = { idempotencyKey: crypto.randomUUID(), type: 'new', form: goodForm, ...rest };
    } else if (body && typeof body === 'object' && 'lazy' in body) {
      body = (body as { lazy: (w: World) => unknown }).lazy(w);
    }
    const before = await stateDigest();
    const res = await call(typeof c.path === 'function' ? c.path(w) : c.path, {
      method: c.method ?? (body === undefined ? 'GET' : 'POST'),
      cookie: cookies[c.who],
      body,
      headers: c.headers ?? {},
    });
    const text = await res.text();
    expect(res.status, text).toBeGreaterThanOrEqual(400);
    expect(res.status, text).toBeLessThan(500);
    const parsed = JSON.parse(text) as { error: { code: string; message: string } };
    expect(parsed.error.code, text).toBe(c.code);
    expect(parsed.error.message.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\bat \w+ \(|\.ts:\d+/); // never a stack
    expect(await stateDigest(), 'nothing changed').toBe(before);
  });
});
