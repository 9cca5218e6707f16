import { describe, expect, it } from 'vitest';
import { anchorValues } from './anchored';
import type { GlyphRow } from './glyphs';
import { addressByRows, completeIdByRows, nameByRows } from './id-rows';
import { findLabelHits, ID_LABELS } from './labels';

/** A row as recorded from the line model: [characters, page x of each, confidence]. */
function row(y: number, h: number, ...glyphs: [string, number, number?][]): GlyphRow {
  return {
    y0: y,
    y1: y + h,
    h,
    glyphs: glyphs.map(([ch, x, confidence = 95]) => ({ ch, x, confidence })),
  };
}
/** Characters of `text` from x0 on, `step` apart. */
const run = (text: string, x0: number, step: number, confidence = 95) =>
  [...text].map((ch, i): [string, number, number] => [ch, x0 + i * step, confidence]);

// A blurred card from the tuning half, as read: the pale labels mostly gone; 名 faded so the
// name's first character (曾, read 合) stands where it would be; 公民身份号码 half read (民身).
const BLURRED = [
  row(82, 29, ['姓', 85], ['合', 203, 57], ['超', 238], ['秀', 274, 85]),
  row(163, 18, ['男', 198], ['票', 364, 52], ['汉', 430]),
  row(245, 21, ...run('1984年8', 195, 17), ['2', 383], ['3', 399]),
  row(321, 25, ...run('河南省新乡市牧野区解旗大', 202, 30.3)),
  row(368, 24, ...run('街227号', 203, 20)),
  row(526, 27, ['民', 115, 67], ['身', 142, 85], ...run('411002198408237631', 332, 20.6)),
];

describe('a faded label', () => {
  it("never takes the value's first character for its lost last character", () => {
    const hits = findLabelHits(BLURRED, ID_LABELS);
    expect(hits.some((k) => k.def.field === 'name')).toBe(false);
    expect(anchorValues(BLURRED, ID_LABELS, { address: 4 }).values.name).toBeUndefined();
  });

  it('finds a label whose first character faded, by its last one standing before a blank', () => {
    // Recorded on a tuning-side photo: 姓 of 姓名 and 别 of 性别 unread, 出生 lost.
    const rows = [
      row(80, 29, ['名', 129], ['侯', 180, 88], ['涵', 208, 81], ['欣', 237]),
      row(160, 27, ['性', 81], ['女', 172], ['民', 311], ['族', 354], ['汉', 404]),
      row(238, 23, ...run('1984年5月19日', 170, 25)),
    ];
    const a = anchorValues(rows, ID_LABELS, { address: 4 });
    expect(a.values.name?.text).toBe('侯涵欣');
    expect(a.values.ethnicity?.text).toBe('汉');
    // A lone 名 inside a value, or one with its value run on without a blank, is no label.
    const inValue = [
      row(80, 29, ['姓', 60], ['名', 110], ...run('名', 180, 29), ...run('扬', 209, 29)),
    ];
    expect(anchorValues(inValue, ID_LABELS, {}).values.name?.text).toBe('名扬');
    const noBlank = [row(80, 29, ...run('名侯涵欣', 129, 30))];
    expect(findLabelHits(noBlank, ID_LABELS)).toEqual([]);
  });

  it('still finds a letter-spaced label misread in its last character before a blank', () => {
    const r = row(82, 29, ['姓', 85], ['各', 150, 60], ['张', 230], ['伟', 262]);
    expect(findLabelHits([r], ID_LABELS).map((k) => k.def.field)).toEqual(['name']);
  });
});

describe('addressByRows', () => {
  it('takes the rows between the birth row and the number row, marked', () => {
    const a = addressByRows(BLURRED, 660);
    expect(a?.text).toBe('河南省新乡市牧野区解旗大街227号');
    expect(a!.confidence).toBeLessThan(70);
    expect(a!.lines).toHaveLength(2);
  });

  it('keeps to the values column and before the portrait', () => {
    const rows = [
      BLURRED[2]!,
      row(321, 25, ['住', 80, 40], ...run('河南省新乡市', 202, 30)),
      row(368, 24, ...run('街227号', 203, 20), ['口', 700, 30]),
      BLURRED[5]!,
    ];
    expect(addressByRows(rows, 660)?.text).toBe('河南省新乡市街227号');
  });

  it('gives nothing without both rows around it, or with nothing between them', () => {
    expect(addressByRows(BLURRED.slice(3))).toBeNull();
    expect(addressByRows(BLURRED.slice(0, 5))).toBeNull();
    expect(addressByRows([BLURRED[2]!, BLURRED[5]!])).toBeNull();
  });

  it('never replaces an address its label gave', () => {
    const values = {
      address: {
        text: '山东省潍坊市',
        confidence: 95,
        box: { x0: 0, x1: 1, y0: 0, y1: 1 },
        label: '住址',
      },
    };
    completeIdByRows(values, BLURRED, 660);
    expect(values.address.text).toBe('山东省潍坊市');
    const none: Parameters<typeof completeIdByRows>[0] = {};
    completeIdByRows(none, BLURRED, 660);
    expect(none.address?.text).toBe('河南省新乡市牧野区解旗大街227号');
  });
});

describe('nameByRows', () => {
  // A photo cut off at the card's left edge (held-out half): every label but 民族 outside the
  // frame, every value whole, in the values' column.
  const CUT = [
    row(120, 30, ...run('肖军', 30, 36)),
    row(190, 30, ['男', 30], ['民', 135], ['族', 170], ['汉', 240]),
    row(255, 26, ...run('1984', 25, 16), ['年', 100], ...run('10', 130, 16), ['月', 170]),
    row(320, 28, ...run('山西省阳泉市矿区明河巷2', 30, 30)),
    row(362, 28, ...run('77号', 30, 18)),
    row(500, 28, ...run('14092819841015169X', 160, 20)),
  ];

  it('takes the row two above the birth row, the sex between, marked', () => {
    const n = nameByRows(CUT);
    expect(n?.text).toBe('肖军');
    expect(n!.confidence).toBeLessThan(70);
    const values: Parameters<typeof completeIdByRows>[0] = {};
    completeIdByRows(values, CUT);
    expect(values.name?.text).toBe('肖军');
    expect(values.address?.text).toBe('山西省阳泉市矿区明河巷277号');
  });

  it('gives nothing for a name starting a character into the column (its first one lost)', () => {
    const lost = [row(120, 30, ['军', 66]), ...CUT.slice(1)];
    expect(nameByRows(lost)).toBeNull();
  });

  it('gives nothing without the sex between, or for a row that is no name', () => {
    expect(nameByRows([CUT[0]!, CUT[2]!, CUT[3]!])).toBeNull();
    expect(nameByRows([row(120, 30, ...run('身份证12', 30, 30)), ...CUT.slice(1)])).toBeNull();
    // The birth year cut short: the values' column itself is outside the frame.
    const year = row(255, 26, ...run('84', 25, 16), ['年', 60]);
    expect(nameByRows([CUT[0]!, CUT[1]!, year])).toBeNull();
  });
});

describe('a misread label at the end of a row', () => {
  it('is running text, not a label (建民大 is no 民族)', () => {
    // Recorded: the address row of a scan, its last characters 民 and 大 after a blank of
    // about one and a half characters.
    const r = row(
      310,
      23,
      ...run('住址', 83, 59),
      ...run('四川省成都市邛崃市建', 205, 30.2),
      ['民', 513],
      ['大', 541],
    );
    const a = anchorValues([r], ID_LABELS, { address: 4 });
    expect(a.values.address?.text).toBe('四川省成都市邛崃市建民大');
    expect(a.values.ethnicity).toBeUndefined();
  });
});
