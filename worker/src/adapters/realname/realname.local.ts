import type { RealnameChecker, RealnameResult } from './realname';

/**
 * Offline stand-in for the real-name service: any format-valid ID number matches any name,
 * except names containing 不符 ("mismatch"), which fail, so the mismatch path can be
 * exercised locally.
 */
export class LocalRealnameChecker implements RealnameChecker {
  readonly provider = 'local';

  check(name: string): Promise<RealnameResult> {
    return Promise.resolve(
      name.includes('不符') ? { ok: false, reason: 'mismatch' } : { ok: true },
    );
  }
}
