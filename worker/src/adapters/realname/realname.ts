import type { Env } from '../../env';
import { HttpRealnameChecker } from './realname.http';
import { LocalRealnameChecker } from './realname.local';

export type RealnameResult = { ok: true } | { ok: false; reason: 'mismatch' | 'unavailable' };

/** Checks that a name and a (format-valid) ID number belong to the same person. */
export interface RealnameChecker {
  readonly provider: string;
  check(name: string, idNumber: string): Promise<RealnameResult>;
}

/** The configured real-name adapter: `local` (offline rules) or `http` (the public service). */
export function realnameChecker(env: Env): RealnameChecker {
  if (env.REALNAME_PROVIDER === 'http') {
    if (!env.REALNAME_API_URL || !env.REALNAME_API_KEY) {
      throw new Error('REALNAME_API_URL/REALNAME_API_KEY unset');
    }
    return new HttpRealnameChecker(env.REALNAME_API_URL, env.REALNAME_API_KEY);
  }
  return new LocalRealnameChecker();
}
