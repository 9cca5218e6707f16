/**
 * The worker's working-day calendar (the bundled 2026 schedule, which is also what the seed
 * writes to calendar_years), memoised: the seed asks for the same few dates tens of thousands
 * of times.
 */
import { WorkCalendar } from '../../core/calendar';
import workdays from '../../core/data/workdays-2026.json';

export class MemoCalendar extends WorkCalendar {
  private readonly memo = new Map<string, string>();

  constructor() {
    super([workdays]);
  }

  override addWorkingDays(start: string, n: number): string {
    return this.cached(`${start}+${n}`, () => super.addWorkingDays(start, n));
  }

  override subtractWorkingDays(end: string, n: number): string {
    return this.cached(`${end}-${n}`, () => super.subtractWorkingDays(end, n));
  }

  private cached(k: string, f: () => string): string {
    let d = this.memo.get(k);
    if (d === undefined) {
      d = f();
      this.memo.set(k, d);
    }
    return d;
  }
}
