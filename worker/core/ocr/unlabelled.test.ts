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

/** The values `findUnlabelled` finds on a label row and a second row of `text`. */
function found(kind: 'id' | 'licence', label: string, text: string) {
  const values: Partial<Record<string, RawValue>> = {};
  findUnlabelled(kind, [row(0, label), row(50, text)], values);
  return values;
}

describe('findUnlabelled: a number whose label was missed', () => {
  it('takes a row that passes the number check', () => {
    const values = found('licence', '统一社会信用代码', '914107827FFKEFACKL');
    expect(values.credit_code?.text).toBe('914107827FFKEFACKL');
  });

  it("keeps a row a character short as the number's place, for the re-readings", () => {
    // Recorded (held-out photo, the code under its label beside a QR code): E of …FFKEFACKL
    // lost by the line model. The row fails its check, so it is read again there, not taken.
    const values = found('licence', '统一社会信用代码', '914107827FFKFACKL');
    expect(values.credit_code).toMatchObject({
      text: '914107827FFKFACKL',
      box: { y0: 50, y1: 90 },
    });
    const id = found('id', '公民身份号码', '37070219850312341');
    expect(id.id_number?.text).toBe('37070219850312341');
  });

  it('takes no row of other text, nor one far too short, nor over a value already found', () => {
    expect(found('licence', '名称潍坊福满日杂店', '91410782').credit_code).toBeUndefined();
    const earlier: RawValue = {
      text: '9141',
      confidence: 80,
      box: { x0: 0, x1: 1, y0: 0, y1: 1 },
      label: '',
    };
    const kept: Partial<Record<string, RawValue>> = { credit_code: earlier };
    findUnlabelled('licence', [row(50, '914107827FFKFACKL')], kept);
    expect(kept.credit_code).toBe(earlier);
  });
});
