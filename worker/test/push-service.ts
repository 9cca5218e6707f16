/**
 * The stand-in push service at https://push.test (PUSH_EXTRA_HOSTS in the test bindings):
 * outgoing fetches to it are answered here and kept, everything else goes out as usual.
 * An endpoint's answer can be set (404 / 410 to play an expired subscription).
 */
import { vi } from 'vitest';
import type { ReceivedPush } from './push-receiver';

export function standInPushService() {
  const received: ReceivedPush[] = [];
  const status = new Map<string, number>();
  const real = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const req = new Request(input as RequestInfo, init);
    if (new URL(req.url).hostname !== 'push.test') return real(input as RequestInfo, init);
    received.push({
      endpoint: req.url,
      headers: req.headers,
      body: new Uint8Array(await req.arrayBuffer()),
    });
    return new Response(null, { status: status.get(req.url) ?? 201 });
  });
  return { received, status, restore: () => spy.mockRestore() };
}
