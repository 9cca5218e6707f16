/**
 * The stand-in webhook receiver at https://hooks.test (WEBHOOK_EXTRA_HOSTS in the test
 * bindings): outgoing fetches to it are kept and answered as told — a status, or no answer at
 * all until the sender gives up (a timeout). Everything else goes out as usual.
 */
import { vi } from 'vitest';

export interface ReceivedHook {
  url: string;
  headers: Headers;
  body: string;
}

export function standInReceiver() {
  const received: ReceivedHook[] = [];
  let answer: number | 'hang' = 200;
  const real = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const req = new Request(input as RequestInfo, init);
    if (new URL(req.url).hostname !== 'hooks.test') return real(input as RequestInfo, init);
    received.push({ url: req.url, headers: req.headers, body: await req.text() });
    if (answer === 'hang') {
      // Never answers: only the sender's own timeout ends the wait.
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason));
      });
    }
    // 204 and friends carry no body.
    return new Response([204, 205, 304].includes(answer) ? null : 'ok', { status: answer });
  });
  return {
    received,
    answer: (a: number | 'hang') => {
      answer = a;
    },
    restore: () => spy.mockRestore(),
  };
}
