/**
 * The case guards run before the body is validated: a caller who may not touch a case learns
 * nothing from a malformed or invalid body (404 / 403, never 400), while its owner gets the
 * validation error.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { call, loginApplicant, loginStaff, seedWorld, type Seeded } from '../../../test/fixtures';

let w: Seeded;

beforeEach(async () => {
  w = await seedWorld();
});

const codeOf = async (res: Response) => (await res.json<{ error: { code: string } }>()).error.code;

describe('case guards before validation', () => {
  it('refuses another applicant’s case before reading the body', async () => {
    const b = await loginApplicant('13900000002');
    const bad = await call(`/api/my/applications/${w.appA}/actions`, {
      cookie: b,
      body: { action: 'approve' },
    });
    expect([bad.status, await codeOf(bad)]).toEqual([404, 'NOT_FOUND']);
    const malformed = await call(`/api/my/applications/${w.appA}/resubmit`, {
      cookie: b,
      body: '{"version":',
    });
    expect([malformed.status, await codeOf(malformed)]).toEqual([404, 'NOT_FOUND']);
  });

  it('gives the owner the validation error', async () => {
    const a = await loginApplicant('13900000001');
    const bad = await call(`/api/my/applications/${w.appA}/actions`, {
      cookie: a,
      body: { action: 'approve' },
    });
    expect([bad.status, await codeOf(bad)]).toEqual([400, 'VALIDATION_FAILED']);
    const malformed = await call(`/api/my/applications/${w.appA}/resubmit`, {
      cookie: a,
      body: '{"version":',
    });
    expect([malformed.status, await codeOf(malformed)]).toEqual([400, 'MALFORMED_JSON']);
  });

  it('refuses staff outside the case, or without the right, before reading the body', async () => {
    const kuiwen = await loginStaff('clerk.kuiwen');
    const other = await call(`/api/applications/${w.appA}/actions`, {
      cookie: kuiwen,
      body: { action: 'nonsense' },
    });
    expect([other.status, await codeOf(other)]).toEqual([404, 'NOT_FOUND']);
    const inspector = await loginStaff('inspector');
    const reveal = await call(`/api/applications/${w.appInspection}/reveal-id`, {
      cookie: inspector,
      body: { reason: '' },
    });
    expect([reveal.status, await codeOf(reveal)]).toEqual([403, 'FORBIDDEN']);
    const clerk = await loginStaff('clerk');
    const own = await call(`/api/applications/${w.appInspection}/reveal-id`, {
      cookie: clerk,
      body: { reason: '' },
    });
    expect([own.status, await codeOf(own)]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
