import type { D1Migration } from 'cloudflare:test';
import type { Env as XukeEnv } from '../src/env';

declare global {
  namespace Cloudflare {
    interface Env extends XukeEnv {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
