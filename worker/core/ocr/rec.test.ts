import { describe, expect, it } from 'vitest';
import {
  ctcGreedy,
  recDictionary,
  recInput,
  REC_HEIGHT,
  REC_MAX_WIDTH,
  REC_MIN_WIDTH,
} from './rec';

/**
 * Recorded from PP-OCRv4 rec on the name band of a synthetic card reading 金欣 (15 time steps):
 * per step [best class, its probability, runner-up class, its probability].
 */
const RECORDED: [number, number, number, number][] = [
  [0, 0.9995, 1768, 0.0001],
  [1768, 0.9983, 0, 0.0013],
  [0, 1, 1768, 0],
  [0, 0.9997, 3525, 0.0001],
  [3525, 0.9991, 931, 0.0006],
  [0, 0.9976, 6624, 0.0002],
  [0, 0.9993, 6624, 0.0002],
  [0, 0.9999, 6624, 0.0001],
  [0, 0.999, 6624, 0.0003],
  [0, 0.999, 6624, 0.0004],
  [0, 0.9962, 5461, 0.0009],
  [0, 0.9985, 5461, 0.0004],
  [0, 0.9953, 5461, 0.0011],
  [0, 0.9959, 5461, 0.0005],
  [0, 0.998, 5461, 0.0001],
];

function dense(steps: [number, number, number, number][], classes: number): Float32Array {
  const out = new Float32Array(steps.length * classes);
  steps.forEach(([a, pa, b, pb], t) => {
    out[t * classes + a] = pa;
    out[t * classes + b] = pb;
  });
  return out;
}

describe('ctcGreedy', () => {
  it('decodes the recorded output with the real dictionary layout', () => {
    const dict = new Array<string>(6625).fill('?');
    dict[0] = '';
    dict[1768] = '金';
    dict[3525] = '欣';
    const r = ctcGreedy(dense(RECORDED, 6625), RECORDED.length, 6625, dict);
    expect(r.text).toBe('金欣');
    expect(r.confidence).toBeCloseTo(99.87, 1);
    expect(r.minConfidence).toBeCloseTo(99.83, 1);
  });

  it("gives each character's rival: the likeliest other character over its steps", () => {
    const dict = ['', '或', '彧', '周'];
    // Steps: 周 | 或 (彧 at 0.01) | 或 (彧 at 0.032) | blank (彧 at 0.05 after the character).
    const steps = [
      [0.01, 0, 0, 0.99],
      [0.02, 0.97, 0.01, 0],
      [0.01, 0.96, 0.032, 0],
      [0.95, 0, 0.05, 0],
    ];
    const r = ctcGreedy(new Float32Array(steps.flat()), 4, 4, dict);
    expect(r.text).toBe('周或');
    expect(r.chars.map((c) => [c.ch, Math.round(10 * c.rival) / 10])).toEqual([
      ['周', 0],
      ['或', 3.2],
    ]);
    // Its alternatives over its steps, most likely first, from ALT_MIN on (周 at 0 is none).
    expect(r.chars.map((c) => c.alts)).toEqual(['', '彧']);
  });

  it('collapses repeats but keeps a character repeated across a blank', () => {
    const dict = ['', 'a', 'b'];
    // Best classes per step: a a _ a b b _
    const best = [1, 1, 0, 1, 2, 2, 0];
    const probs = new Float32Array(best.length * 3);
    best.forEach((c, t) => (probs[t * 3 + c] = c === 2 ? 0.6 : 0.9));
    const r = ctcGreedy(probs, best.length, 3, dict);
    expect(r.text).toBe('aab');
    expect(r.minConfidence).toBeCloseTo(60);
  });

  it('returns empty text and zero confidence for all blanks', () => {
    const probs = new Float32Array([1, 0, 1, 0]);
    expect(ctcGreedy(probs, 2, 2, ['', 'x'])).toEqual({
      text: '',
      confidence: 0,
      minConfidence: 0,
      chars: [],
      latent: [],
    });
  });

  it('tells where along the line each character was emitted', () => {
    const best = [0, 1, 1, 0, 0, 2];
    const probs = new Float32Array(best.length * 3).fill(0.1);
    best.forEach((c, t) => (probs[t * 3 + c] = 0.8));
    const r = ctcGreedy(probs, best.length, 3, ['', 'a', 'b']);
    expect(r.chars.map((c) => [c.ch, c.step])).toEqual([
      ['a', 1],
      ['b', 5],
    ]);
  });
});

describe('ctcGreedy latent characters', () => {
  // Recorded on the name row of a card reading 黎垚 (tuning half): 垚 lost behind the blank at
  // 15% (rounded here); the neighbours' shoulders (黎 after it, 性 before the next) aside.
  const dict = ['', '黎', '垚', '性', '卦'];
  const row = (blank: number, ...rest: number[]) => [blank, ...rest];
  const steps = [
    row(0.02, 0.98, 0, 0, 0), // 黎
    row(0.7, 0.25, 0.03, 0, 0.02), // blank, 黎's shoulder
    row(0.8, 0.02, 0.15, 0, 0.03), // blank, 垚 nearly read
    row(0.85, 0, 0.05, 0.1, 0), // blank, 性's shoulder
    row(0.01, 0, 0, 0.99, 0), // 性
  ];

  it("keeps the likeliest character of a blank run, not a neighbour's shoulder", () => {
    const r = ctcGreedy(new Float32Array(steps.flat()), steps.length, dict.length, dict);
    expect(r.text).toBe('黎性');
    expect(r.latent.map((c) => [c.ch, c.step, Math.round(c.confidence)])).toEqual([['垚', 2, 15]]);
  });

  it('keeps nothing under LATENT_MIN', () => {
    const weak = steps.map((s) => s.map((p) => (p === 0.15 ? 0.08 : p)));
    const r = ctcGreedy(new Float32Array(weak.flat()), weak.length, dict.length, dict);
    expect(r.latent).toEqual([]);
  });
});

describe('recDictionary', () => {
  it('puts the blank first and the space last, ignoring a final newline', () => {
    expect(recDictionary('金\n欣\n')).toEqual(['', '金', '欣', ' ']);
    expect(recDictionary('a\r\nb')).toEqual(['', 'a', 'b', ' ']);
  });
});

describe('recInput', () => {
  it('scales to 48 px high keeping the aspect ratio and maps 0..255 to -1..1', () => {
    const line = { width: 100, height: 10, data: new Uint8Array(1000).fill(255) };
    line.data[0] = 0;
    const r = recInput(line);
    expect(r.width).toBe(480);
    expect(r.data.length).toBe(3 * REC_HEIGHT * 480);
    expect(r.data[REC_HEIGHT * 480 - 1]).toBe(1);
    expect(r.data[0]).toBeLessThan(0);
    // The three channels are the same grey.
    expect(r.data[REC_HEIGHT * 480]).toBe(r.data[0]);
  });

  it('pads short lines on the right with 0 (mid grey) to the minimum width', () => {
    const line = { width: 20, height: 10, data: new Uint8Array(200).fill(255) };
    const r = recInput(line);
    expect(r.width).toBe(REC_MIN_WIDTH);
    // 96 image columns, then padding.
    expect(r.data[95]).toBe(1);
    expect(r.data[96]).toBe(0);
    expect(r.data[REC_MIN_WIDTH - 1]).toBe(0);
  });

  it('caps very long lines', () => {
    const line = { width: 5000, height: 20, data: new Uint8Array(100000) };
    expect(recInput(line).width).toBe(REC_MAX_WIDTH);
  });
});
