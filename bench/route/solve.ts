/**
 * Solves one TSPLIB file and prints one JSON line: the tour (1-based ids), its length in the
 * file's integer metric and the solve time in ms (parsing excluded).
 *
 *   npm run --silent route:solve -- <file.tsp>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseTsplib, solveTsplib, TsplibError } from '../../worker/core/route/index';

const file = process.argv[2];
if (file === undefined || process.argv.length > 3) {
  console.error('usage: npm run --silent route:solve -- <file.tsp>');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`route:solve: cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}
try {
  const inst = parseTsplib(text);
  const t0 = performance.now();
  const { tour, length } = solveTsplib(inst);
  const ms = Math.round(performance.now() - t0);
  console.log(JSON.stringify({ tour, length, ms }));
} catch (e) {
  if (!(e instanceof TsplibError)) throw e;
  console.error(`route:solve: ${file}: ${e.message}`);
  process.exit(1);
}
