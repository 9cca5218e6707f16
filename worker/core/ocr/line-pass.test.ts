import { describe, expect, it } from 'vitest';
import type { Gray } from './image';
import {
  lineFieldsId,
  mergeFields,
  mergeNumber,
  mergeText,
  validCredit,
  validId,
} from './line-pass';
import type { Extraction, FieldReading, IdField } from './types';

const r = (value: string, confidence = 90, flag?: FieldReading['flag']): FieldReading =>
  flag ? { value, confidence, flag } : { value, confidence };

// 11010519491231002X is the GB 11643 example; a one-digit change breaks its check.
const ID = '11010519491231002X';
const ID_OTHER_VALID = '110105194912310038';

describe('mergeText', () => {
  it('prefers the line model when it read something', () => {
    expect(mergeText(r('王秀央'), r('王秀英', 95))).toEqual(r('王秀英', 95));
    expect(mergeText(r('王秀英'), r('', 0, 'missing'))).toEqual(r('王秀英'));
  });
});

describe('mergeNumber', () => {
  const valid = validId('2026-11-27');
  it('takes the valid reading over an invalid one, never mixing characters', () => {
    expect(mergeNumber(r('11010519491231002Y'), r(ID, 99), valid)).toEqual(r(ID, 99));
    expect(mergeNumber(r(ID, 80), r('110105194912310020'), valid)).toEqual(r(ID, 80));
  });

  it('agrees: keeps the value with the better confidence', () => {
    expect(mergeNumber(r(ID, 60), r(ID, 99), valid)).toEqual(r(ID, 99));
  });

  it('leaves the field empty when two valid readings disagree', () => {
    expect(validId('2026-11-27')(ID_OTHER_VALID)).toBe(true);
    expect(mergeNumber(r(ID), r(ID_OTHER_VALID), valid)).toEqual(r('', 0, 'invalid'));
  });

  it('keeps the first invalid reading (flagged upstream) when neither passes', () => {
    const bad = r('110105194912310021', 70, 'invalid');
    expect(mergeNumber(bad, r('110105194912310022'), valid)).toBe(bad);
    expect(mergeNumber(r('', 0, 'missing'), bad, valid)).toBe(bad);
  });

  it('applies to credit codes with their own check', () => {
    expect(validCredit('91350100M000100Y43')).toBe(true);
    expect(mergeNumber(r('91350100M000100Y44'), r('91350100M000100Y43'), validCredit).value).toBe(
      '91350100M000100Y43',
    );
  });
});

describe('lineFieldsId and mergeFields', () => {
  /** A blank card with one ink block per field line, so each window finds one line. */
  function card(): Gray {
    const width = 1000;
    const height = 630;
    const data = new Uint8Array(width * height).fill(255);
    const block = (x0: number, x1: number, yf: number) => {
      const y0 = Math.round(yf * height);
      for (let y = y0; y < y0 + 28; y++) data.fill(0, y * width + x0, y * width + x1);
    };
    for (const yf of [0.13, 0.26, 0.38, 0.5]) {
      block(70, 130, yf);
      block(175, 400, yf);
    }
    block(300, 700, 0.83);
    return { width, height, data };
  }

  it('reads each band in order and parses it with the labels of the layout', async () => {
    const answers = ['王秀英', '女民族汉', '1949年12月31日', '北京市朝阳区建国路1号', ID];
    let n = 0;
    const read = async () => ({ text: answers[n++] ?? '', confidence: 95 });
    const f = await lineFieldsId(card(), read, '2026-11-27');
    expect(n).toBe(5);
    expect(f.name.value).toBe('王秀英');
    expect(f.sex.value).toBe('女');
    expect(f.ethnicity.value).toBe('汉');
    expect(f.birth.value).toBe('1949-12-31');
    expect(f.address.value).toBe('北京市朝阳区建国路1号');
    expect(f.id_number.value).toBe(ID);
  });

  it('keeps the line model text where it read, the first engine elsewhere', () => {
    const empty = (): FieldReading => ({ value: '', confidence: 0, flag: 'missing' });
    const first: Extraction<IdField> = {
      name: r('王秀央', 60, 'low'),
      sex: r('女'),
      ethnicity: r('汉'),
      birth: empty(),
      address: r('北京市朝阳区建国路1号'),
      id_number: r(ID, 80),
    };
    const second: Extraction<IdField> = {
      ...first,
      name: r('王秀英', 98),
      address: empty(),
      id_number: r(ID_OTHER_VALID, 99),
    };
    const out = mergeFields<IdField>(first, second, 'id_number', validId('2026-11-27'));
    expect(out.name.value).toBe('王秀英');
    expect(out.address.value).toBe('北京市朝阳区建国路1号');
    expect(out.id_number).toEqual(r('', 0, 'invalid'));
  });
});
