import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../id-number';
import type { OcrEngine, ReadRequest } from './engine';
import { extract, frameWorthReading, keptReading, type ExtractResult } from './pipeline';
import { typeByFamily } from './licence';

const ID = '37070519900101002' + idCheckDigit('37070519900101002');
const w = (text: string, y: number) => ({
  text,
  confidence: 88,
  bbox: { x0: 10, y0: y, x1: 300, y1: y + 20 },
});

/** A recogniser that answers from a script: the page read, then band re-reads. */
function fakeEngine(band: string): OcrEngine & { calls: ReadRequest[] } {
  const calls: ReadRequest[] = [];
  return {
    calls,
    async read(req) {
      calls.push(req);
      if (req.lang === 'eng') return { text: band, confidence: 91, words: [], lines: [] };
      const words = [
        w('姓名张伟', 10),
        w('性别男民族汉', 40),
        w(`公民身份号码 ${ID.slice(0, 17)}?`, 200),
      ];
      return { text: '', confidence: 80, words, lines: [] };
    },
  };
}

/** A card-shaped white image with a dark block on each field line, so every band finds one. */
function card() {
  const width = 1000;
  const height = 631;
  const data = new Uint8Array(width * height * 4).fill(255);
  const block = (x0: number, x1: number, yf: number) => {
    const y0 = Math.round(yf * height);
    for (let y = y0; y < y0 + 28; y++) data.fill(0, (y * width + x0) * 4, (y * width + x1) * 4);
  };
  for (const yf of [0.13, 0.26, 0.38, 0.5]) {
    block(70, 130, yf);
    block(175, 400, yf);
  }
  block(300, 700, 0.83);
  return { width, height, data };
}

describe('extract', () => {
  it('re-reads the ID number band with eng and a digit whitelist', async () => {
    const engine = fakeEngine(ID);
    const r = await extract('id', card(), engine, { today: '2026-11-27' });
    expect(engine.calls.some((c) => c.lang === 'eng' && c.whitelist === '0123456789X')).toBe(true);
    expect(r.kind === 'id' && r.fields.id_number.value).toBe(ID);
    expect(r.kind === 'id' && r.fields.birth.value).toBe('1990-01-01');
    expect(r.kind === 'id' && r.fields.address.value).toBe('');
  });

  it('keeps a band read that fails its check flagged, never adjusted', async () => {
    const wrong = ID.slice(0, 10) + (ID[10] === '5' ? '6' : '5') + ID.slice(11);
    const r = await extract('id', card(), fakeEngine(wrong), { today: '2026-11-27' });
    expect(r.kind === 'id' && r.fields.id_number).toMatchObject({ value: wrong, flag: 'invalid' });
  });

  it('stops when cancelled', async () => {
    await expect(
      extract('id', card(), fakeEngine(ID), { signal: { aborted: true } }),
    ).rejects.toThrow('cancelled');
  });
});

describe('extract with the line model', () => {
  const lines = ['张伟', '男民族汉', '1990年1月1日', '山东省潍坊市奎文区胜利东街1号', ID];

  function lineEngine(answers: string[]): OcrEngine & { calls: ReadRequest[] } {
    const base = fakeEngine(ID);
    let n = 0;
    return {
      ...base,
      readLine: async () => ({ text: answers[n++] ?? '', confidence: 97 }),
    };
  }

  it('reads every field from its band and skips tesseract when all are read and valid', async () => {
    const engine = lineEngine(lines);
    const r = await extract('id', card(), engine, { today: '2026-11-27' });
    expect(engine.calls).toEqual([]);
    expect(r.kind === 'id' && r.fields.name.value).toBe('张伟');
    expect(r.kind === 'id' && r.fields.address.value).toBe('山东省潍坊市奎文区胜利东街1号');
    expect(r.kind === 'id' && r.fields.id_number.value).toBe(ID);
    expect(r.kind === 'id' && r.fields.birth.value).toBe('1990-01-01');
  });

  it('leaves what the line model missed empty and marked, keeping its own readings', async () => {
    const engine = lineEngine(['', ...lines.slice(1)]);
    const r = await extract('id', card(), engine, { today: '2026-11-27' });
    expect(r.kind === 'id' && r.fields.name).toMatchObject({ value: '', flag: 'missing' });
    expect(r.kind === 'id' && r.fields.address.value).toBe('山东省潍坊市奎文区胜利东街1号');
  });

  it('re-reads a number that fails its check with tesseract, never adjusting it', async () => {
    const wrong = ID.slice(0, 10) + (ID[10] === '5' ? '6' : '5') + ID.slice(11);
    const engine = lineEngine([...lines.slice(0, 4), wrong]);
    const r = await extract('id', card(), engine, { today: '2026-11-27' });
    expect(engine.calls.some((c) => c.lang === 'eng')).toBe(true);
    expect(r.kind === 'id' && r.fields.id_number.value).toBe(ID);
  });

  it('reads with tesseract alone when the line model fails to load', async () => {
    const engine: OcrEngine & { calls: ReadRequest[] } = {
      ...fakeEngine(ID),
      readLine: () => Promise.reject(new Error('no model')),
    };
    const r = await extract('id', card(), engine, { today: '2026-11-27' });
    expect(engine.calls.some((c) => c.lang === 'chi_sim')).toBe(true);
    expect(r.kind === 'id' && r.fields.id_number.value).toBe(ID);
  });
});

describe('typeByFamily', () => {
  const none = { value: '', confidence: 0, flag: 'missing' as const };
  it("tells a 个体工商户 licence's unread type by its labels, marked", () => {
    expect(typeByFamily(none, ['individual', 'individual'])).toEqual({
      value: '个体工商户',
      confidence: 60,
      flag: 'low',
    });
  });
  it('tells nothing from one label, from a company label, or over a type read', () => {
    expect(typeByFamily(none, ['individual'])).toBeNull();
    expect(typeByFamily(none, ['individual', 'individual', 'company'])).toBeNull();
    expect(
      typeByFamily({ value: '个人独资企业', confidence: 90 }, ['individual', 'individual']),
    ).toBeNull();
  });
  it('tells a type misread into no registered one (recorded: 个体工商户 read 个体商)', () => {
    const misread = { value: '个体商', confidence: 40, flag: 'low' as const };
    expect(typeByFamily(misread, ['individual', 'individual'])?.value).toBe('个体工商户');
    expect(typeByFamily(misread, ['individual', 'individual'])?.flag).toBe('low');
    expect(typeByFamily(misread, ['individual', 'company', 'individual'])).toBeNull();
  });
});

describe('keptReading: the rectified reading or the frame read as it is', () => {
  const field = (value: string) => ({ value, confidence: value ? 90 : 0 });
  const reading = (values: Partial<Record<string, string>>, refused = false): ExtractResult => ({
    kind: 'id',
    fields: {
      name: field(values.name ?? ''),
      sex: field(values.sex ?? ''),
      ethnicity: field(values.ethnicity ?? ''),
      birth: field(values.birth ?? ''),
      address: field(values.address ?? ''),
      id_number: field(values.id_number ?? ''),
    },
    rectified: true,
    refused: refused ? 'cut_off' : null,
    issue: null,
    found: 'labels',
  });
  const today = '2026-11-27';
  const all = {
    name: '张伟',
    sex: '男',
    ethnicity: '汉',
    birth: '1990-01-01',
    address: '山东省潍坊市奎文区胜利东街1号',
  };

  it('keeps the frame when it holds more: a valid number, or more fields', () => {
    const bent = reading({ name: '张伟', id_number: ID.slice(0, 17) + '0' });
    const whole = reading({ ...all, id_number: ID });
    expect(keptReading(bent, whole, false, today)).toBe(whole);
    const more = reading({ ...all, id_number: ID });
    expect(keptReading(reading({ name: '张伟', id_number: ID }), more, false, today)).toBe(more);
  });

  it('marks the unchecked values of a frame kept where the outline ran off it', () => {
    const whole = reading({ ...all, id_number: ID });
    const kept = keptReading(reading({ name: '张伟' }), whole, true, today);
    expect(kept.issue).toBe('cut_off');
    expect(kept.fields.name).toMatchObject({ value: '张伟', flag: 'low' });
    expect(kept.fields.address).toMatchObject({ value: all.address, flag: 'low' });
    expect(kept.kind === 'id' && kept.fields.id_number.flag).toBeUndefined();
  });

  it("marks a licence's type that a longer type continues, its rest maybe cut off", () => {
    const licence = (type: string): ExtractResult => ({
      kind: 'licence',
      fields: {
        credit_code: field(''),
        name: field('潍坊利民商贸有限公司'),
        type: field(type),
        legal_rep: field('张伟'),
        address: field('山东省潍坊市奎文区胜利东街1号'),
        reg_date: field('2019-01-02'),
      },
      family: 'company',
      rectified: true,
      refused: null,
      issue: null,
      found: 'labels',
    });
    const typeOf = (read: string) => {
      const kept = keptReading(licence(''), licence(read), true, today);
      return kept.kind === 'licence' ? kept.fields.type : null;
    };
    expect(typeOf('有限责任公司')).toMatchObject({ value: '有限责任公司', flag: 'low' });
    expect(typeOf('有限责任公司（国有独资）')?.flag).toBeUndefined();
    expect(typeOf('个体工商户')?.flag).toBeUndefined();
  });

  it('keeps the rectified reading on a tie, and over a refused or a number-less frame', () => {
    const rectified = reading({ ...all, id_number: ID });
    expect(keptReading(rectified, reading({ ...all, id_number: ID }), false, today)).toBe(
      rectified,
    );
    expect(keptReading(rectified, reading({}, true), false, today)).toBe(rectified);
    const numbered = reading({ id_number: ID });
    expect(keptReading(numbered, reading(all), false, today)).toBe(numbered);
    const refused = reading({}, true);
    const some = reading({ name: '张伟' });
    expect(keptReading(refused, some, false, today)).toBe(some);
  });

  it('reads the frame only after an incomplete reading of a page outlined unsurely', () => {
    const complete = reading({ ...all, id_number: ID });
    // A complete reading: no frame's reading could hold more (it used to be read anyway
    // where the outline ran off the frame, 1.7–4.6 s per licence for nothing).
    expect(frameWorthReading(true, complete, today)).toBe(false);
    expect(frameWorthReading(true, reading({ ...all }), today)).toBe(true);
    expect(frameWorthReading(true, reading({ ...all, id_number: ID.slice(0, 17) + '0' }))).toBe(
      true,
    );
    expect(frameWorthReading(true, reading({}, true), today)).toBe(true);
    // No outline (the frame is what was read), or one a dark table drew clearly (prepare.ts
    // `clearOutline`): nothing to mend. A photo refused for itself: no outline mends it.
    expect(frameWorthReading(false, reading({ ...all }), today)).toBe(false);
    const dark = { ...reading({}), refused: 'dark' } as ExtractResult;
    expect(frameWorthReading(true, dark, today)).toBe(false);
  });
});
