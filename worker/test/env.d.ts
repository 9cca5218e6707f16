import type { D1Migration } from 'cloudflare:test';
import type { Env as XukeEnv } from '../src/env';
import type * as Main from '../src/index';

declare global {
  namespace Cloudflare {
    interface Env extends XukeEnv {
      TEST_MIGRATIONS: D1Migration[];
    }
    interface GlobalProps {
      mainModule: typeof Main;
      durableNamespaces: 'InspectionRoom' | 'LiveFeed';
    }
  }
}
