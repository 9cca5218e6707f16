import type { Env as XukeEnv } from '../src/env';

declare global {
  namespace Cloudflare {
    interface Env extends XukeEnv {
      TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    }
  }
}
