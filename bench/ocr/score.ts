/** Scores benchmark runs against the generated truth: the figures the issue asks for. */
import { validateCreditCode } from '../../worker/core/credit-code';
import { validateIdNumber } from '../../worker/core/id-number';
import { maskIdNumber } from '../../worker/core/masking';
import { checkAgainstIdentity, checkLicenceAgainstIdentity } from '../../worker/core/ocr/identity';
import {
  ID_FIELDS,
  LICENCE_FIELDS,
  type Extraction,
  type FieldFlag,
  type IdField,
  type LicenceField,
} from '../../worker/core/ocr/types';
import type { BenchRun } from './defaults';
import type { Sample, Variant } from './generate';

type Kinds = { id: number; licence: number };

export interface Score {
  label: string;
  perField: Record<string, number>;
  allRight: Kinds;
  /** All fields right, by kind and variant (scan / photo / hard). */
  byVariant: Record<string, number>;
  medianSeconds: Kinds;
  validButWrong: number;
  /** Documents with a wrong value shown without any marker (the applicant is not warned). */
  silentlyWrong: number;
  /** Hard photos: all right, refused with a reason, wrong but marked, wrong unmarked. */
  hard: { right: number; refused: number; marked: number; silent: number; n: number };
  /**
   * Hard photos read wrong but marked with an item left unread or failing its check, and of
   * those the ones whose check screen said why (the photo's issue) and offered the retake.
   */
  toldWhy: { of: number; told: number };
  /** Refusals of scans and ordinary photos (should be none). */
  falseRefusals: number;
  /** Licences whose family (个体工商户 / company) was told right. */
  family: number;
  /** Person names read wrong (ID name, licence operator), and those whose right one was offered. */
  names: { wrong: number; offered: number };
  /** Addresses read wrong, and those whose right one was offered. */
  addresses: { wrong: number; offered: number };
  /** Business names (licence 名称) read wrong, and those whose right one was offered. */
  businessNames: { wrong: number; offered: number };
  /**
   * ID cards all right as the PWA shows them to their holder applying in their own name: the
   * reading checked against the identity the real-name check bound (identity.ts), here the
   * card's own name and masked number. Refused cards count as wrong.
   */
  ownCard: number;
  /**
   * Licences all right as shown to their 个体工商户 operator applying in their own name (the
   * operator checked against the identity, where the licence was told to be that family).
   */
  ownLicence: number;
  n: Kinds;
}

/** The day ID numbers are validated against (birth dates in the future fail). */
const TODAY = '2026-11-27';

/** A run's fields as the pipeline gave them (confidence stands in for a mark). */
function readings<F extends string>(keys: readonly F[], run: BenchRun): Extraction<F> {
  return Object.fromEntries(
    keys.map((k) => [
      k,
      {
        value: run.fields[k] ?? '',
        confidence: run.flags?.[k] ? 50 : 100,
        ...(run.flags?.[k] && { flag: run.flags[k] as FieldFlag }),
        ...(run.options?.[k] && { options: run.options[k] }),
      },
    ]),
  ) as Extraction<F>;
}

/** Whether a run is all right once checked against its holder's identity (identity.ts). */
function rightForHolder(s: Sample, run: BenchRun): boolean {
  if (run.refused) return false;
  if (s.kind === 'id') {
    const known = { name: s.truth.name!, idNumberMasked: maskIdNumber(s.truth.id_number!) };
    const checked = checkAgainstIdentity(readings<IdField>(ID_FIELDS, run), known, TODAY).fields;
    return ID_FIELDS.every((k) => checked[k].value === s.truth[k]);
  }
  const known = { name: s.truth.legal_rep!, idNumberMasked: '' };
  const individual = run.family === 'individual';
  const fields = readings<LicenceField>(LICENCE_FIELDS, run);
  const checked = checkLicenceAgainstIdentity(fields, individual, known);
  return LICENCE_FIELDS.every((k) => checked[k].value === s.truth[k]);
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
  const variant: Record<string, [number, number]> = {};
  const hard = { right: 0, refused: 0, marked: 0, silent: 0, n: 0 };
  const toldWhy = { of: 0, told: 0 };
  let validButWrong = 0;
  let silentlyWrong = 0;
  let falseRefusals = 0;
  let family = 0;
  const names = { wrong: 0, offered: 0 };
  const addresses = { wrong: 0, offered: 0 };
  const businessNames = { wrong: 0, offered: 0 };
  const own = { id: 0, licence: 0 };
  samples.forEach((s, i) => {
    const run = runs[i]!;
    const keys = s.kind === 'id' ? ID_FIELDS : LICENCE_FIELDS;
    n[s.kind]++;
    secs[s.kind].push(run.seconds);
    let ok = true;
    let silent = false;
    for (const k of keys) {
      const key = `${s.kind}.${k}`;
      const got = run.fields[k] ?? '';
      const right = got === s.truth[k];
      perField[key] = (perField[key] ?? 0) + (right ? 1 : 0);
      ok &&= right;
      if (!right && got && !run.flags?.[k]) silent = true;
    }
    if (ok) all[s.kind]++;
    if (rightForHolder(s, run)) own[s.kind]++;
    if (silent) silentlyWrong++;
    const v = `${s.kind}.${s.variant as Variant}`;
    variant[v] = [(variant[v]?.[0] ?? 0) + (ok ? 1 : 0), (variant[v]?.[1] ?? 0) + 1];
    if (s.variant === 'hard') {
      hard.n++;
      if (ok) hard.right++;
      else if (run.refused) hard.refused++;
      else if (silent) hard.silent++;
      else {
        hard.marked++;
        const problem = keys.some(
          (k) => !run.fields[k] || run.flags?.[k] === 'missing' || run.flags?.[k] === 'invalid',
        );
        if (problem) {
          toldWhy.of++;
          if (run.issue) toldWhy.told++;
        }
      }
    } else if (run.refused) falseRefusals++;
    if (s.kind === 'licence' && run.family === s.family) family++;
    const person = s.kind === 'id' ? 'name' : 'legal_rep';
    for (const [field, count] of [
      [person, names],
      ['address', addresses],
      ...(s.kind === 'licence' ? ([['name', businessNames]] as const) : []),
    ] as const) {
      if (run.refused || run.fields[field] === s.truth[field]) continue;
      count.wrong++;
      if (run.options?.[field]?.includes(s.truth[field]!)) count.offered++;
    }
    const num = s.kind === 'id' ? run.fields.id_number : run.fields.credit_code;
    const truth = s.kind === 'id' ? s.truth.id_number : s.truth.credit_code;
    const valid =
      s.kind === 'id' ? validateIdNumber(num ?? '', TODAY).ok : validateCreditCode(num ?? '').ok;
    if (num && valid && num !== truth) validButWrong++;
  });
  for (const k of Object.keys(perField)) {
    perField[k] = perField[k]! / (k.startsWith('id.') ? n.id : n.licence);
  }
  return {
    label,
    perField,
    allRight: { id: all.id / Math.max(1, n.id), licence: all.licence / Math.max(1, n.licence) },
    byVariant: Object.fromEntries(Object.entries(variant).map(([k, [a, b]]) => [k, a / b])),
    medianSeconds: { id: median(secs.id), licence: median(secs.licence) },
    validButWrong,
    silentlyWrong,
    hard,
    toldWhy,
    falseRefusals,
    family: family / Math.max(1, n.licence),
    names,
    addresses,
    businessNames,
    ownCard: own.id / Math.max(1, n.id),
    ownLicence: own.licence / Math.max(1, n.licence),
    n,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

export function printScores(title: string, scores: Score[]): void {
  console.log(`\n== ${title}`);
  const keys = Object.keys(scores[0]?.perField ?? {});
  const row = (name: string, f: (s: Score) => string) =>
    console.log(`${name.padEnd(22)}${scores.map((s) => f(s).padStart(22)).join('')}`);
  row('field', (s) => s.label);
  for (const k of keys) row(k, (s) => pct(s.perField[k] ?? 0));
  row('all right: ID', (s) => pct(s.allRight.id));
  row('all right: licence', (s) => pct(s.allRight.licence));
  row('  ID, holder signed in', (s) => pct(s.ownCard));
  row('  licence, holder signed in', (s) => pct(s.ownLicence));
  for (const v of [
    'id.scan',
    'id.photo',
    'id.hard',
    'licence.scan',
    'licence.photo',
    'licence.hard',
  ]) {
    row(`  ${v}`, (s) => (s.byVariant[v] === undefined ? '-' : pct(s.byVariant[v]!)));
  }
  row('licence family', (s) => pct(s.family));
  row('names wrong/offered', (s) => `${s.names.wrong}/${s.names.offered}`);
  row('addresses wrong/offered', (s) => `${s.addresses.wrong}/${s.addresses.offered}`);
  row('business names wrong/offered', (s) => `${s.businessNames.wrong}/${s.businessNames.offered}`);
  row('hard: right/refused', (s) => `${s.hard.right}/${s.hard.refused} of ${s.hard.n}`);
  row('hard: marked/silent', (s) => `${s.hard.marked}/${s.hard.silent}`);
  row('hard: item unread, told why', (s) => `${s.toldWhy.told} of ${s.toldWhy.of}`);
  row('silently wrong docs', (s) => String(s.silentlyWrong));
  row('false refusals', (s) => String(s.falseRefusals));
  row('median s: ID', (s) => s.medianSeconds.id.toFixed(2));
  row('median s: licence', (s) => s.medianSeconds.licence.toFixed(2));
  row('valid-but-wrong', (s) => String(s.validButWrong));
}
