/**
 * One image (or a folder with --batch) through the same pipeline as the PWA, printed as
 * `{"fields": {...}}` per image with the keys of the issue; unreadable fields are "".
 *
 *   npm run --silent ocr:extract -- <image> <id|licence>
 *   npm run --silent ocr:extract -- --batch <dir> <id|licence>   (one JSON line per image)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../worker/core/ocr/pipeline';
import type { OcrKind } from '../../worker/core/ocr/types';
import { decode, nodeEngine } from './node-engine';

const args = process.argv.slice(2);
const batch = args[0] === '--batch';
const [target, kindArg] = batch ? args.slice(1) : args;
if (!target || (kindArg !== 'id' && kindArg !== 'licence')) {
  console.error('usage: ocr:extract [--batch] <image|dir> <id|licence>');
  process.exit(2);
}
const kind: OcrKind = kindArg;
const engine = await nodeEngine();
try {
  const files = batch
    ? readdirSync(target)
        .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
        .sort()
        .map((f) => join(target, f))
    : [target];
  for (const file of files) {
    const result = await extract(kind, await decode(file), engine);
    const fields = Object.fromEntries(Object.entries(result.fields).map(([k, v]) => [k, v.value]));
    console.log(JSON.stringify(batch ? { file, fields } : { fields }));
  }
} finally {
  await engine.terminate();
}
