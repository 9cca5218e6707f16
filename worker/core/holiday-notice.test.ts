import { describe, expect, it } from 'vitest';
import data2026 from './data/workdays-2026.json';
import { readHolidayNotice } from './holiday-notice';

// The 2026 notice (国办发明电〔2025〕7号), its seven items as published.
const NOTICE_2026 = `一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

describe('reading the State Council holiday notice', () => {
  it('reads the 2026 notice into the schedule the app ships', () => {
    const r = readHolidayNotice(NOTICE_2026, 2026);
    expect(r.problems).toEqual([]);
    expect(r.holidays).toEqual(data2026.holidays);
    expect(r.makeup_workdays).toEqual(data2026.makeup_workdays);
  });

  it('keeps a block running into next year to this year and says so', () => {
    const r = readHolidayNotice('元旦：12月31日（周四）至1月2日（周六）放假调休，共3天。', 2026);
    expect(r.holidays).toEqual(['2026-12-31']);
    expect(r.problems.map((p) => p.en)).toEqual([
      '2027-01-01 is not in 2026: left out (enter it with that year).',
      '2027-01-02 is not in 2026: left out (enter it with that year).',
    ]);
  });

  it('names a day both off and worked, a weekday make-up and a sentence it cannot read', () => {
    const r = readHolidayNotice(
      '劳动节：5月1日至5日放假。5月4日（周一）上班。端午节：某日放假。',
      2026,
    );
    expect(r.problems.map((p) => p.en)).toEqual([
      'Could not read: 端午节：某日放假',
      '2026-05-04 is both a day off and a make-up working day.',
      '2026-05-04 is not a weekend day: it needs no make-up.',
    ]);
  });
});

describe('one sentence with both', () => {
  it('reads the make-up day after the block', () => {
    const r = readHolidayNotice('劳动节：5月1日至5日放假调休，5月9日（周六）上班', 2026);
    expect(r).toEqual({
      holidays: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'],
      makeup_workdays: ['2026-05-09'],
      problems: [],
    });
  });
});
