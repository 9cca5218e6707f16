/**
 * Reads the State Council's yearly holiday notice (国务院办公厅关于部分节假日安排的通知) as the
 * admin pastes it: each 放假 sentence gives a block of days off ("2月15日（周日）至23日（周一）放假
 * 调休"), each 上班 sentence the make-up working days ("2月14日（周六）、2月28日（周六）上班").
 * The result goes into the calendar form for the admin to check before saving; the worker
 * validates the year again (WorkCalendar).
 */
import { addCalendarDays, compareDates, dayOfWeek, isIsoDate } from './dates';

export interface NoticeReading {
  holidays: string[];
  makeup_workdays: string[];
  /** Sentences or dates the reading could not place, in both languages. */
  problems: { zh: string; en: string }[];
}

const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
const RANGE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:（[^）]*）|\([^)]*\))?\s*(?:至|-|—|－|~)\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/;

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The days off and make-up days a notice for `year` lists, with anything that looks wrong.
 * @example readHolidayNotice('元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。', 2026)
 *   // { holidays: ['2026-01-01', '2026-01-02', '2026-01-03'], makeup_workdays: ['2026-01-04'], problems: [] }
 */
export function readHolidayNotice(text: string, year: number): NoticeReading {
  const off = new Set<string>();
  const work = new Set<string>();
  const problems: NoticeReading['problems'] = [];
  const bad = (what: string) =>
    problems.push({ zh: `无法识别：${what}`, en: `Could not read: ${what}` });
  for (const raw of text.split(/[。；;\n]/)) {
    const s = raw.trim();
    if (!s) continue;
    const offAt = s.indexOf('放假');
    const workAt = s.indexOf('上班');
    if (offAt >= 0) {
      const head = workAt > offAt ? s.slice(0, workAt) : s;
      const r = RANGE.exec(head);
      if (r) {
        const y1 = Number(r[1] ?? year);
        const m1 = Number(r[2]);
        const m2 = Number(r[5] ?? m1);
        const y2 = Number(r[4] ?? (m2 < m1 ? y1 + 1 : y1));
        const from = iso(y1, m1, Number(r[3]));
        const to = iso(y2, m2, Number(r[6]));
        if (!isIsoDate(from) || !isIsoDate(to) || compareDates(from, to) > 0) bad(s);
        else {
          for (let d = from; compareDates(d, to) <= 0; d = addCalendarDays(d, 1)) off.add(d);
        }
      } else {
        // A single day off: "5月1日（周五）放假，共1天".
        const one = [...head.matchAll(DATE)][0];
        const d = one ? iso(Number(one[1] ?? year), Number(one[2]), Number(one[3])) : '';
        if (isIsoDate(d)) off.add(d);
        else bad(s);
      }
    }
    if (workAt >= 0) {
      // "…至5日放假调休，5月9日上班": the working days come after the block.
      const tail = offAt >= 0 && offAt < workAt ? s.slice(offAt + 2) : s;
      const dates = [...tail.matchAll(DATE)].map((m) =>
        iso(Number(m[1] ?? year), Number(m[2]), Number(m[3])),
      );
      if (dates.length === 0) bad(s);
      for (const d of dates) {
        if (isIsoDate(d)) work.add(d);
        else bad(d);
      }
    }
  }
  const holidays = [...off].filter((d) => d.startsWith(`${year}-`)).sort();
  const makeup = [...work].filter((d) => d.startsWith(`${year}-`)).sort();
  for (const d of [...off, ...work]) {
    if (!d.startsWith(`${year}-`)) {
      problems.push({
        zh: `${d} 不在 ${year} 年，未录入（请在该年的安排中录入）。`,
        en: `${d} is not in ${year}: left out (enter it with that year).`,
      });
    }
  }
  for (const d of makeup) {
    if (off.has(d)) {
      problems.push({
        zh: `${d} 既是放假日又是调休上班日。`,
        en: `${d} is both a day off and a make-up working day.`,
      });
    }
    const dow = dayOfWeek(d);
    if (dow !== 0 && dow !== 6) {
      problems.push({
        zh: `${d} 不是周末，无需调休上班。`,
        en: `${d} is not a weekend day: it needs no make-up.`,
      });
    }
  }
  return { holidays, makeup_workdays: makeup, problems };
}
