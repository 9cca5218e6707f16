/**
 * The app's one clock. Every business date and timestamp the worker writes or compares comes
 * from here, so tests and demos can pin "today": `XUKE_TODAY=YYYY-MM-DD` moves the clock by
 * whole days (the time of day keeps running) in development and tests; production ignores it.
 */
import { isIsoDate, pinnedNow, todayInChina } from '../../core/dates';
import type { Env } from '../env';

type ClockEnv = Pick<Env, 'APP_ENV' | 'XUKE_TODAY'>;

/** The pinned China date, or null when the real date applies (always in production). */
export function pinnedToday(env: ClockEnv): string | null {
  const pin = env.XUKE_TODAY?.trim();
  if (!pin || env.APP_ENV === 'production') return null;
  if (!isIsoDate(pin)) throw new RangeError(`XUKE_TODAY must be a real date (YYYY-MM-DD): ${pin}`);
  return pin;
}

/** The current instant as the app sees it. */
export function appNow(env: ClockEnv): Date {
  const real = new Date();
  const pin = pinnedToday(env);
  return pin ? pinnedNow(real, pin) : real;
}

/** The current instant as an ISO timestamp (what the tables store). */
export function appNowIso(env: ClockEnv): string {
  return appNow(env).toISOString();
}

/** Today's date in China (UTC+8) as the app sees it. */
export function appToday(env: ClockEnv): string {
  return todayInChina(appNow(env));
}
