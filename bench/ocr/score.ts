/** Scores benchmark runs against the generated truth: the figures the issue asks for. */
import { validateCreditCode } from '../../worker/core/credit-code';
import { validateIdNumber } from '../../worker/core/id-number';
import { ID_FIELDS, LICENCE_FIELDS } from '../../worker/core/ocr/types';
import type { BenchRun } from './defaults';
import type { Sample } from './generate';

export interface Score {
  label: string;
  perField: Record<string, number>;
  allRight: { id: number; licence: number };
  medianSeconds: { id: number; licence: number };
  validButWrong: number;
  n: { id: number; licence: number };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2
    : 0;
};

export function score(label: string, samples: Sample[], runs: BenchRun[]): Score {
  const perField: Record<string, number> = {};
  const all = { id: 0, licence: 0 };
  const n = { id: 0, licence: 0 };
  const secs: { id: number[]; licence: number[] } = { id: [], licence: [] };
  let validButWrong = 0;
  samples.forEach((s, i) => {
    const run = runs[i]!;
    const keys = s.kind === 'id' ? ID_FIELDS : LICENCE_FIELDS;
    n[s.kind]++;
    secs[s.kind].push(run.seconds);
    let ok = true;
    for (const k of keys) {
      const key = `${s.kind}.${k}`;
      const right = (run.fields[k] ?? '') === s.truth[k];
      perField[key] = (perField[key] ?? 0) + (right ? 1 : 0);
      ok &&= right;
    }
    if (ok) all[s.kind]++;
    const num = s.kind === 'id' ? run.fields.id_number : run.fields.credit_code;
    const truth = s.kind === 'id' ? s.truth.id_number : s.truth.credit_code;
    const valid =
      s.kind === 'id'
        ? validateIdNumber(num ?? '', '2026-11-27').ok
        : validateCreditCode(num ?? '').ok;
    if (num && valid && num !== truth) validButWrong++;
  });
  for (const k of Object.keys(perField)) {
    perField[k] = perField[k]! / (k.startsWith('id.') ? n.id : n.licence);
  }
  return {
    label,
    perField,
    allRight: { id: all.id / Math.max(1, n.id), licence: all.licence / Math.max(1, n.licence) },
    medianSeconds: { id: median(secs.id), licence: median(secs.licence) },
    validButWrong,
    n,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);

export function printScores(scores: Score[]): void {
  const keys = Object.keys(scores[0]?.perField ?? {});
  console.log(`\n${'field'.padEnd(20)}${scores.map((s) => s.label.padStart(20)).join('')}`);
  for (const k of keys) {
    console.log(
      `${k.padEnd(20)}${scores.map((s) => pct(s.perField[k] ?? 0).padStart(20)).join('')}`,
    );
  }
  const row = (name: string, f: (s: Score) => string) =>
    console.log(`${name.padEnd(20)}${scores.map((s) => f(s).padStart(20)).join('')}`);
  row('all right: ID', (s) => pct(s.allRight.id));
  row('all right: licence', (s) => pct(s.allRight.licence));
  row('median s: ID', (s) => s.medianSeconds.id.toFixed(2));
  row('median s: licence', (s) => s.medianSeconds.licence.toFixed(2));
  row('valid-but-wrong', (s) => String(s.validButWrong));
}
