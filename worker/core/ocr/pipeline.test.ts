import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../id-number';
import type { OcrEngine, ReadRequest } from './engine';
import { extract } from './pipeline';

const ID = '37070519900101002' + idCheckDigit('37070519900101002');
const blank = { width: 400, height: 300, data: new Uint8Array(400 * 300 * 4).fill(255) };
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

describe('extract', () => {
  it('re-reads the ID number band with eng and a digit whitelist', async () => {
    const engine = fakeEngine(ID);
    const r = await extract('id', blank, engine, { today: '2026-11-27' });
    expect(engine.calls.some((c) => c.lang === 'eng' && c.whitelist === '0123456789X')).toBe(true);
    expect(r.kind === 'id' && r.fields.id_number.value).toBe(ID);
    expect(r.kind === 'id' && r.fields.birth.value).toBe('1990-01-01');
    expect(r.kind === 'id' && r.fields.address.value).toBe('');
  });

  it('keeps a band read that fails its check flagged, never adjusted', async () => {
    const wrong = ID.slice(0, 10) + (ID[10] === '5' ? '6' : '5') + ID.slice(11);
    const r = await extract('id', blank, fakeEngine(wrong), { today: '2026-11-27' });
    expect(r.kind === 'id' && r.fields.id_number).toMatchObject({ value: wrong, flag: 'invalid' });
  });

  it('stops when cancelled', async () => {
    await expect(
      extract('id', blank, fakeEngine(ID), { signal: { aborted: true } }),
    ).rejects.toThrow('cancelled');
  });
});
