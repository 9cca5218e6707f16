import { beforeEach, describe, expect, it } from 'vitest';
import { call, resetDb } from '../../../test/fixtures';

beforeEach(resetDb);

describe('dev outbox (development settings)', () => {
  it('shows the sign-in code that the SMS adapter wrote', async () => {
    await call('/api/auth/sms/request', { body: { phone: '13700000001' } });
    const res = await call('/api/dev/outbox?phone=13700000001');
    expect(res.status).toBe(200);
    const body = await res.json<{ messages: { text: string }[] }>();
    expect(body.messages[0]?.text).toMatch(/验证码为\d{6}/);
  });
});
