// Writes one face of a TrueType Collection (.ttc) as a standalone .ttf, tables copied as they
// are (checksums unchanged, head.checkSumAdjustment recomputed). Used once to make
// worker/assets/fonts/wqy-microhei.ttf from Debian's fonts-wqy-microhei (see the README there).
// Usage: node worker/scripts/ttc-extract.mjs <in.ttc> <face index> <out.ttf>
import { readFileSync, writeFileSync } from 'node:fs';

const [input, faceArg, output] = process.argv.slice(2);
if (!input || !faceArg || !output) {
  console.error('usage: ttc-extract.mjs <in.ttc> <face index> <out.ttf>');
  process.exit(2);
}
const src = readFileSync(input);
if (src.toString('latin1', 0, 4) !== 'ttcf')
  throw new Error(`${input} is not a TrueType Collection`);
const faces = src.readUInt32BE(8);
const face = Number(faceArg);
if (!(face >= 0 && face < faces)) throw new Error(`face ${face} not in 0..${faces - 1}`);
const dir = src.readUInt32BE(12 + 4 * face);
const numTables = src.readUInt16BE(dir + 4);
const tables = Array.from({ length: numTables }, (_, i) => {
  const at = dir + 12 + 16 * i;
  return {
    tag: src.toString('latin1', at, at + 4),
    checksum: src.readUInt32BE(at + 4),
    offset: src.readUInt32BE(at + 8),
    length: src.readUInt32BE(at + 12),
  };
});
const pad4 = (n) => (n + 3) & ~3;
let size = 12 + 16 * numTables;
for (const t of tables) size += pad4(t.length);
const out = Buffer.alloc(size);
src.copy(out, 0, dir, dir + 12);
let at = 12 + 16 * numTables;
tables.forEach((t, i) => {
  const rec = 12 + 16 * i;
  out.write(t.tag, rec, 'latin1');
  out.writeUInt32BE(t.checksum, rec + 4);
  out.writeUInt32BE(at, rec + 8);
  out.writeUInt32BE(t.length, rec + 12);
  src.copy(out, at, t.offset, t.offset + t.length);
  if (t.tag === 'head') out.writeUInt32BE(0, at + 8);
  at += pad4(t.length);
});
let sum = 0;
for (let i = 0; i < out.length; i += 4) sum = (sum + out.readUInt32BE(i)) >>> 0;
const head = tables.findIndex((t) => t.tag === 'head');
out.writeUInt32BE((0xb1b0afba - sum) >>> 0, out.readUInt32BE(12 + 16 * head + 8) + 8);
writeFileSync(output, out);
console.log(`${output}: face ${face} of ${faces}, ${numTables} tables, ${out.length} bytes`);
