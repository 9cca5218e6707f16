import { describe, expect, it } from 'vitest';
import { call } from '../../../test/fixtures';

describe('health and errors', () => {
  it('answers /api/health without touching D1', async () => {
    const res = await call('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, service: 'xuke' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers unknown API routes with a stable code in the caller’s language', async () => {
    const zh = await call('/api/nope');
    expect(zh.status).toBe(404);
    expect(await zh.json()).toMatchObject({
      error: { code: 'NOT_FOUND', message: '未找到相应内容。' },
    });
    const en = await call('/api/nope', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(await en.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: 'Not found.' } });
  });

  it('keeps a sane incoming request id and replaces a hostile one', async () => {
    const ok = await call('/api/health', { headers: { 'x-request-id': 'req-12345678' } });
    expect(ok.headers.get('x-request-id')).toBe('req-12345678');
    const bad = await call('/api/health', { headers: { 'x-request-id': '<script>' } });
    expect(bad.headers.get('x-request-id')).not.toBe('<script>');
  });
});
