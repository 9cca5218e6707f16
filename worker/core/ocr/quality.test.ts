import { uncheckedNeedEye } from './pipeline';
import { describe, expect, it } from 'vitest';
import { issueOf, measure, refusalOf, type Quality } from './quality';

const good: Quality = {
  found: true,
  cutOff: false,
  paper: 230,
  sharpness: 0.9,
  glare: 0,
  spread: 2.2,
};
const failed = { numberOk: false, found: 1, of: 5 };
const read = { numberOk: true, found: 5, of: 5 };

describe('refusalOf', () => {
  it('refuses a plainly unreadable picture before reading, with its reason', () => {
    expect(refusalOf({ ...good, paper: 30 }, null)).toBe('dark');
    expect(refusalOf({ ...good, sharpness: 0.03 }, null)).toBe('blurred');
    expect(refusalOf(good, null)).toBeNull();
  });

  it('names the likeliest cause when the reading then failed', () => {
    expect(refusalOf({ ...good, cutOff: true }, failed)).toBe('cut_off');
    expect(refusalOf({ ...good, paper: 80 }, failed)).toBe('dark');
    expect(refusalOf({ ...good, sharpness: 0.1 }, failed)).toBe('blurred');
    expect(refusalOf({ ...good, glare: 0.1 }, failed)).toBe('glare');
    expect(refusalOf({ ...good, found: false }, failed)).toBe('not_found');
    expect(refusalOf(good, failed)).toBe('unreadable');
  });

  it("gives a failed reading of a poor picture the picture's issue, never unreadable", () => {
    // A dim licence (paper 107) refused as unreadable was read turned three more times.
    for (const q of [{ paper: 100 }, { sharpness: 0.15 }, { spread: 3 }, { glare: 0.05 }]) {
      const poor = { ...good, ...q };
      expect(refusalOf(poor, failed)).toBe(issueOf(poor));
    }
  });

  it('refuses an out-of-focus photo whose number failed its check, however much else was read', () => {
    const soft = { ...good, spread: 3.1 };
    expect(refusalOf(soft, { numberOk: false, found: 5, of: 5 })).toBe('blurred');
    expect(refusalOf(soft, read)).toBeNull();
    expect(refusalOf(soft, null)).toBeNull();
  });

  it('never refuses what was read, however poor the picture', () => {
    expect(refusalOf({ ...good, cutOff: true, paper: 80 }, read)).toBeNull();
    expect(refusalOf({ ...good, cutOff: true }, { numberOk: false, found: 4, of: 5 })).toBeNull();
  });
});

describe('issueOf', () => {
  it('tells a poor picture (its unchecked fields are then marked) from a good one, and why', () => {
    expect(issueOf(good)).toBeNull();
    expect(issueOf({ ...good, cutOff: true })).toBe('cut_off');
    expect(issueOf({ ...good, paper: 100 })).toBe('dark');
    expect(issueOf({ ...good, sharpness: 0.15 })).toBe('blurred');
    expect(issueOf({ ...good, spread: 3 })).toBe('blurred');
    expect(issueOf({ ...good, glare: 0.05 })).toBe('glare');
  });

  it('names the cause the applicant can best act on first', () => {
    const all = { ...good, cutOff: true, paper: 100, spread: 3, glare: 0.05 };
    expect(issueOf(all)).toBe('cut_off');
    expect(issueOf({ ...all, cutOff: false })).toBe('dark');
    expect(issueOf({ ...all, cutOff: false, paper: 200 })).toBe('blurred');
  });
});

describe('measure', () => {
  it('finds a sharp page sharp and a flat grey one not', () => {
    const W = 200;
    const H = 100;
    const sharp = new Uint8Array(W * H).fill(235);
    for (let y = 40; y < 60; y++)
      for (let x = 0; x < W; x += 8) sharp.fill(20, y * W + x, y * W + x + 3);
    const q = measure({ width: W, height: H, data: sharp }, true, false);
    expect(q.sharpness).toBeGreaterThan(0.5);
    expect(q.paper).toBe(235);
    const flat = measure(
      { width: W, height: H, data: new Uint8Array(W * H).fill(128) },
      true,
      false,
    );
    expect(flat.sharpness).toBeLessThan(0.06);
  });
});

describe('uncheckedNeedEye', () => {
  const sharp = { found: true, cutOff: false, paper: 220, sharpness: 0.4, glare: 0, spread: 2.2 };
  it('marks name and address of a page read by its labels only on a poor picture', () => {
    expect(uncheckedNeedEye(sharp, true)).toBe(false);
    expect(uncheckedNeedEye({ ...sharp, sharpness: 0.13 }, true)).toBe(true);
  });
  it('marks them whenever no label was found (the fixed layout is only a guess)', () => {
    expect(uncheckedNeedEye(sharp, false)).toBe(true);
  });
  it('marks them on a page read at the faint ink threshold, however sharp', () => {
    expect(uncheckedNeedEye(sharp, true, true)).toBe(true);
  });
});
