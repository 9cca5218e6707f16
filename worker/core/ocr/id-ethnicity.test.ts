import { describe, expect, it } from 'vitest';
import type { GlyphRow } from './glyphs';
import type { Gray } from './image';
import { idFields } from './id-card';
import {
  asEthnicity,
  checkEthnicityShapes,
  completeEthnicity,
  ethnicityBesideLabel,
  ethnicityOnSexRow,
} from './id-ethnicity';
import { findLabelHits, ID_LABELS } from './labels';
import type { LineResult } from './line-pass';
import type { GlyphDrawer } from './shapes';
import { drawer, page } from './shapes.fixture';

/** A row as recorded from the line model: [character, page x, confidence]. */
function row(y: number, h: number, ...glyphs: [string, number, number?][]): GlyphRow {
  return {
    y0: y,
    y1: y + h,
    h,
    glyphs: glyphs.map(([ch, x, confidence = 95]) => ({ ch, x, confidence })),
  };
}

// Rows recorded from the tuning half's cards (rectified page 1000 × 631).
const NAME = row(82, 29, ['贺', 164], ['桂', 200], ['婷', 236]);
const BIRTH = row(239, 23, ['1', 162], ['9', 173], ['8', 191], ['8', 209], ['年', 240]);
/** A blurred card: the pale labels are gone, the darker values stay. */
const BLURRED_SEX_ROW = row(160, 28, ['男', 170], ['鄂', 389, 41], ['温', 417], ['克', 445]);
const LABELLED_SEX_ROW = row(
  156,
  29,
  ['性', 80],
  ['别', 103],
  ['女', 179],
  ['民', 300],
  ['族', 330],
  ['壮', 398],
);

describe('asEthnicity', () => {
  it('takes only one of the 56, with or without 族', () => {
    expect(asEthnicity('鄂温克族')).toBe('鄂温克');
    expect(asEthnicity('汉')).toBe('汉');
    expect(asEthnicity('汊')).toBeNull();
    expect(asEthnicity('民族汉')).toBeNull();
  });
});

describe('ethnicityOnSexRow', () => {
  it("reads the ethnicity from the sex's row when blur erased the labels", () => {
    expect(ethnicityOnSexRow([NAME, BLURRED_SEX_ROW, BIRTH])).toEqual({
      value: '鄂温克',
      confidence: 41,
    });
    expect(ethnicityOnSexRow([row(171, 22, ['女', 217], ['藏', 474, 85])])).toEqual({
      value: '藏',
      confidence: 85,
    });
  });

  it('repairs a group one character off exactly one of the 56, as beside the label', () => {
    // Tuning card id-184 (blurred, labels gone): 哈萨克 read 哈萨兑.
    const sexRow = row(196, 29, ['男', 190, 99], ['哈', 415], ['萨', 443, 86], ['兑', 479, 67]);
    expect(ethnicityOnSexRow([sexRow])).toEqual({ value: '哈萨克', confidence: 67 });
    // 亿佬 is one off both 仡佬 and 仫佬, 汊 one off every one-character group: neither.
    expect(ethnicityOnSexRow([row(196, 29, ['男', 190], ['亿', 415], ['佬', 443])])).toBeNull();
    expect(ethnicityOnSexRow([row(196, 29, ['男', 190], ['汊', 415])])).toBeNull();
  });

  it('finds a group whose own characters are spread wider than the row seems high', () => {
    // Tuning card id-159 (blurred): heights come out small, so 乌改 | 别克 looks split, and
    // 别 alone looked like 性别's last character.
    const sexRow = row(
      160,
      19,
      ['男', 179, 100],
      ['民', 307, 55],
      ['乌', 406, 99],
      ['改', 432, 59],
      ['别', 467, 73],
      ['克', 502, 91],
    );
    expect(findLabelHits([sexRow], ID_LABELS)).toEqual([]);
    expect(ethnicityOnSexRow([sexRow])).toEqual({ value: '乌孜别克', confidence: 59 });
  });

  it('takes a sex read where a faded 别 stood for the value, not for the misread label', () => {
    // Tuning card id-034 (blurred): 性别 lost its 别, 民族 its 族; 性女 is no misread 性别.
    const rows = [row(160, 27, ['性', 77], ['女', 222], ['民', 330], ['藏', 476, 73])];
    expect(ethnicityOnSexRow(rows)).toEqual({ value: '藏', confidence: 73 });
    expect(findLabelHits(rows, ID_LABELS)).toEqual([]);
    // A label read with another character misread is still the label.
    const misread = [row(160, 27, ['性', 77], ['刖', 103], ['女', 222], ['民', 330], ['藏', 476])];
    expect(findLabelHits(misread, ID_LABELS).map((k) => k.def.field)).toEqual(['sex']);
  });

  it('reads it beside its labels, the labels left out', () => {
    expect(ethnicityOnSexRow([NAME, LABELLED_SEX_ROW, BIRTH])?.value).toBe('壮');
  });

  it('gives nothing that is none of the 56, and nothing where the sex is not alone', () => {
    expect(ethnicityOnSexRow([row(160, 28, ['男', 170], ['汊', 389])])).toBeNull();
    // 女 inside a name's run of characters is no sex.
    expect(ethnicityOnSexRow([row(82, 29, ['李', 164], ['女', 194], ['回', 224])])).toBeNull();
    // Labelled row whose value is garbled: no other row is tried.
    const garbled = row(156, 29, ['性', 80], ['别', 103], ['女', 179], ['民', 300], ['族', 330]);
    expect(ethnicityOnSexRow([garbled, row(200, 29, ['男', 170], ['回', 389])])).toBeNull();
  });
});

describe('ethnicityBesideLabel', () => {
  const soft: Gray = { width: 1000, height: 631, data: new Uint8Array(1000 * 631).fill(255) };
  // The label found, its value lost in the page read (a compact card, recorded).
  const rows = [
    row(87, 32, ['姓', 80], ['名', 104], ['龚', 180], ['春', 212], ['磊', 244]),
    row(166, 31, ['性', 84], ['别', 99], ['男', 177], ['民', 304], ['族', 328]),
  ];
  const reader = (texts: string[]) => {
    const seen: Gray[] = [];
    let n = 0;
    const read = async (img: Gray): Promise<LineResult> => {
      seen.push(img);
      const text = texts[n++] ?? '';
      return {
        text,
        confidence: 70,
        chars: [...text].map((ch, i) => ({ ch, x: 10 + 20 * i, confidence: 58 + i })),
      };
    };
    return { read, seen };
  };

  it('takes a value both views read as one of the 56, cropped right of the label', async () => {
    const { read, seen } = reader(['傣', '傣']);
    expect(await ethnicityBesideLabel(soft, rows, read, 660)).toEqual({
      value: '傣',
      confidence: 58,
    });
    expect(seen).toHaveLength(2);
    // Never wider than six character heights, never past the portrait.
    expect(seen[0]!.width).toBeLessThanOrEqual(Math.round(6 * 31 * 1.3));
  });

  it('takes nothing when the views disagree or read no group', async () => {
    expect(await ethnicityBesideLabel(soft, rows, reader(['傣', '泰']).read)).toBeNull();
    expect(await ethnicityBesideLabel(soft, rows, reader(['汊', '汊']).read)).toBeNull();
    expect(
      await ethnicityBesideLabel(soft, rows.slice(0, 1), reader(['傣', '傣']).read),
    ).toBeNull();
  });
});

describe('completeEthnicity', () => {
  const soft: Gray = { width: 10, height: 10, data: new Uint8Array(100).fill(255) };
  const fields = (ethnicity: string) =>
    idFields({ ethnicity: { text: ethnicity, confidence: 90 } }, '2026-11-27');

  it('fills a missing or unknown ethnicity from the rows, marked when unsure', async () => {
    const f = fields('');
    await completeEthnicity(f, [NAME, BLURRED_SEX_ROW, BIRTH], soft, undefined);
    expect(f.ethnicity).toEqual({ value: '鄂温克', confidence: 41, flag: 'low' });
    const g = fields('汊');
    await completeEthnicity(g, [LABELLED_SEX_ROW], soft, undefined);
    expect(g.ethnicity).toEqual({ value: '壮', confidence: 95 });
  });

  it('never replaces a reading that is one of the 56', async () => {
    const f = fields('回');
    await completeEthnicity(f, [NAME, BLURRED_SEX_ROW], soft, undefined);
    expect(f.ethnicity.value).toBe('回');
  });

  it('leaves it missing when nothing is found', async () => {
    const f = fields('');
    await completeEthnicity(f, [NAME, BIRTH], soft, async () => ({ text: '', confidence: 0 }));
    expect(f.ethnicity).toEqual({ value: '', confidence: 0, flag: 'missing' });
  });
});

describe('checkEthnicityShapes: a group one character off several, decided by the ink', () => {
  // Stand-in pictures (shapes.fixture.ts): 仡 drawn as 垚, 亿 as 圭, 仫 as 葬.
  const stand: Record<string, string> = { 仡: '垚', 亿: '圭', 仫: '葬' };
  const draw: GlyphDrawer = (ch) => drawer(stand[ch] ?? ch);
  // Recorded (tuning half): 仡佬 read 亿佬, 亿 at 39 (its runner-ups 忆 and 佤); 亿佬 is one
  // character off both 仡佬 and 仫佬.
  const rows = [row(3, 24, ['亿', 15, 39], ['佬', 45, 100])];
  const withEthnicity = () => {
    const fields = idFields({});
    fields.ethnicity = { value: '亿佬', confidence: 39, flag: 'invalid' };
    return fields;
  };

  it('takes the group whose character the ink shows, and marks it', () => {
    const fields = withEthnicity();
    checkEthnicityShapes(fields, rows, page('垚张', 3), draw);
    expect(fields.ethnicity).toEqual({ value: '仡佬', confidence: 39, flag: 'low' });
  });

  it('leaves the reading invalid where the ink fits none of them better', () => {
    const fields = withEthnicity();
    checkEthnicityShapes(fields, rows, page('圭张', 3), draw);
    expect(fields.ethnicity).toEqual({ value: '亿佬', confidence: 39, flag: 'invalid' });
  });

  // Recorded (held-out half): 畲 read 鑫 at 40, one character, so one off every group of one.
  const single = (stands: Record<string, string>, ink: string) => {
    const fields = idFields({});
    fields.ethnicity = { value: '鑫', confidence: 40, flag: 'invalid' };
    const drawn: GlyphDrawer = (ch) => drawer(stands[ch] ?? ch);
    checkEthnicityShapes(fields, [row(3, 24, ['鑫', 15, 40])], page(ink, 3), drawn);
    return fields.ethnicity;
  };

  it('weighs every group of one character against a single misread one', () => {
    // 畲 drawn as 垚, the reading 鑫 as 圭, every other group as 张.
    expect(single({ 畲: '垚', 鑫: '圭' }, '垚')).toEqual({
      value: '畲',
      confidence: 40,
      flag: 'low',
    });
  });

  it('leaves a single character invalid where several groups fit alike', () => {
    // The ink is 张, as every group but 畲 is drawn: none fits better than the others.
    expect(single({ 畲: '垚', 鑫: '圭' }, '张')).toEqual({
      value: '鑫',
      confidence: 40,
      flag: 'invalid',
    });
  });
});
