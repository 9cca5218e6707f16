import { beforeEach, describe, expect, it } from 'vitest';
import { call, loginStaff, seedWorld } from '../../test/fixtures';
import { API_CSP, COMMON_HEADERS } from './security-policy';

function expectSecurityHeaders(res: Response, csp = API_CSP): void {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) {
    expect(res.headers.get(name), name).toBe(value);
  }
  expect(res.headers.get('content-security-policy')).toBe(csp);
  expect(csp).toContain("frame-ancestors 'none'");
}

beforeEach(async () => {
  await seedWorld();
});

describe('security headers on API answers', () => {
  it('come with successes, errors, unknown routes and refusals alike', async () => {
    const cookie = await loginStaff('clerk');
    const answers = [
      await call('/api/health'),
      await call('/api/me', { cookie }),
      await call('/api/me'),
      await call('/api/no-such-route'),
      await call('/api/auth/staff/login', { body: { username: 'x', password: 'y' } }),
      await call('/api/auth/sms/request', {
        body: { phone: '13700000001' },
        headers: { origin: 'https://evil.example' },
      }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 404, 401, 403]);
    for (const res of answers) expectSecurityHeaders(res);
  });

  it('the permissions policy opens camera, microphone and geolocation to our pages only', () => {
    const policy = COMMON_HEADERS['permissions-policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) {
      expect(policy).toContain(`${feature}=(self)`);
    }
  });
});
