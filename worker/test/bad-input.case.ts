/** One bad request and the error code it must get (nothing changes): shared by the bad-input files. */
import type { Principal, World } from './authz.principals';

export interface BadInputCase {
  name: string;
  who: Principal;
  method?: string;
  path: string | ((w: World) => string);
  /** A JSON body (sent as application/json), or raw bytes / text with `headers`. */
  body?: unknown;
  headers?: Record<string, string>;
  code: string;
}
