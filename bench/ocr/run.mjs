// `npm run bench:ocr [-- --count 10 --no-browser --no-node --no-defaults]`: the OCR benchmark.
// A thin launcher: the benchmark itself is TypeScript (bench/ocr/bench.ts, run with tsx) because
// it scores with the same core validators and runs the same pipeline code as the PWA.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const r = spawnSync(
  join(root, 'node_modules/.bin/tsx'),
  [join(root, 'bench/ocr/bench.ts'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
