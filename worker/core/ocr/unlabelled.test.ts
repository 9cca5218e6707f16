import { describe, expect, it } from 'vitest';
import type { RawValue } from './anchored';
import type { GlyphRow } from './glyphs';
import { findUnlabelled } from './unlabelled';

/** A row of `text`, one character every 20 px from x = 100. */
function row(y: number, text: string): GlyphRow {
  return {
    y0: y,
    y1: y + 40,
    h: 40,
    glyphs: [...text].map((ch, i) => ({ ch, x: 100 + 20 * i, confidence: 90 })),
  };
}

describe('findUnlabelled: a number whose label was missed', () => {
  it('takes a row that passes the number check', () => {
    const values: Partial<Record<string, RawValue>> = {};
    findUnlabelled('licence', [row(0, '统一社会信用代码'), row(50, '914107827FFKEFACKL')], values);
    expect(values.credit_code?.text).toBe('914107827FFKEFACKL');
  });

  it("keeps a row a character short as the number's place, for the re-readings", () => {
    // Recorded (held-out photo, the code under its label beside a QR code): E of …FFKEFACKL
    // lost by the line model. The row fails its check, so it is read again there, not taken.
    const values: Partial<Record<string, RawValue>> = {};
    findUnlabelled('licence', [row(0, '统一社会信用代码'), row(50, '914107827FFKFACKL')], values);
    expect(values.credit_code).toMatchObject({
      text: '914107827FFKFACKL',
      box: { y0: 50, y1: 90 },
    });
    const id: Partial<Record<string, RawValue>> = {};
    findUnlabelled('id', [row(0, '公民身份号码'), row(50, '37070219850312341')], id);
    expect(id.id_number?.text).toBe('37070219850312341');
  });

  it('takes no row of other text, nor one far too short, nor over a value already found', () => {
    const values: Partial<Record<string, RawValue>> = {};
    findUnlabelled('licence', [row(0, '名称潍坊福满日杂店'), row(50, '91410782')], values);
    expect(values.credit_code).toBeUndefined();
    const found: RawValue = {
      text: '9141',
      confidence: 80,
      box: { x0: 0, x1: 1, y0: 0, y1: 1 },
      label: '',
    };
    const kept: Partial<Record<string, RawValue>> = { credit_code: found };
    findUnlabelled('licence', [row(50, '914107827FFKFACKL')], kept);
    expect(kept.credit_code).toBe(found);
  });
});
