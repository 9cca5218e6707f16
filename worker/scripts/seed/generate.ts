/**
 * Deterministic demo data for a migrated, empty D1 database:
 *
 *   npx tsx worker/scripts/seed/generate.ts out.sql [--retailers 40000] [--applications 12000]
 *       [--applicants N] [--today YYYY-MM-DD] [--seed N] [--pii-key BASE64]
 *   CI=true npx wrangler d1 execute DB --local --file out.sql
 *
 * Same options, same bytes: every random choice comes from a seeded PRNG, salts and IVs are
 * derived. "Today" is the app's today (XUKE_TODAY when pinned, else the date in China)
 * unless `--today` fixes it, as the benchmarks do for reproducible figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addCalendarDays, isIsoDate, todayInChina } from '../../core/dates';
import { ApplicantPicker, demoApplicant, makeApplicants } from './applicants';
import { numberApplications } from './application-rows';
import { appUnitWeights, makeApplications } from './applications';
import { demoCases, demoLicenceSpecs } from './demo-cases';
import { DEMO } from './demo';
import { demoRecord } from './demo-record';
import { demoRemote } from './demo-remote';
import { MemoCalendar } from './cal';
import { Geography } from './geo';
import { makeGrids } from './grids';
import { makeInbox, markQueuedAcceptances } from './inbox';
import { DEV_PII_KEY, PBKDF2_ITERATIONS } from './pii';
import { stream } from './prng';
import { render, type SeedData } from './render';
import { makeRetail } from './retail';
import { makeRecords } from './records';
import { Clearance, makeSchools } from './schools';
import { makeStaff, teams } from './staff';
import { makeSupervision } from './supervision';

export interface SeedOptions {
  retailers: number;
  applications: number;
  /** YYYY-MM-DD, China date the data is "as of". */
  today: string;
  seed: number;
  /** Generated applicants besides the demo one; default retailers / 5. */
  applicants?: number;
  /** base64 AES key; default the development key of .dev.vars.example. */
  piiKey?: string;
  /** Tests may lower this to save time; the worker reads it per user. */
  passwordIterations?: number;
}

export function buildSeed(opts: SeedOptions): SeedData {
  const { today, seed } = opts;
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD: ${today}`);
  const cal = new MemoCalendar();
  const geo = new Geography(stream(seed, 'geo'));
  const units = geo.units.map((u) => u.code);
  const demo = demoApplicant(today);
  const retail = makeRetail(geo, Math.max(opts.retailers, 3), today, stream(seed, 'retail'), {
    unit: demo.unit,
    licences: demoLicenceSpecs(demo, today, cal),
  });
  const grids = makeGrids(
    retail.licences.map((l) => ({
      unit: l.unit,
      res: geo.unit(l.unit).res,
      cell: l.premises.place.cell,
      klass: l.premises.place.klass,
      status: l.status,
    })),
    stream(seed, 'grids'),
  );
  const staff = makeStaff(seed, opts.passwordIterations ?? PBKDF2_ITERATIONS);
  const peopleRng = stream(seed, 'people');
  const taken = {
    phones: new Set<string>([demo.phone]),
    ids: new Set<string>([demo.idNumber as string]),
  };
  const count = opts.applicants ?? Math.max(12, Math.round(opts.retailers / 5));
  const applicants = [
    demo,
    ...makeApplicants(count, units, appUnitWeights(units), peopleRng, taken),
  ];

  const schools = makeSchools(geo, stream(seed, 'schools'));
  const appRng = stream(seed, 'applications');
  const ctx = {
    today,
    cal,
    rng: appRng,
    geo,
    licences: retail.licences,
    applicants: applicants.slice(1),
    picker: new ApplicantPicker(applicants.slice(1), appRng),
    teams: teams(staff, units),
    reserved: new Set(
      retail.licences.filter((l) => l.holderApplicantId === demo.id).map((l) => l.id),
    ),
    clearance: new Clearance(retail.licences, schools),
  };
  const cases = demoCases(demo, retail.licences, grids, geo, today, cal, appRng, schools);
  const applications = makeApplications(ctx, Math.max(opts.applications, cases.length), cases);
  numberApplications(applications, appRng);
  linkHolders(applicants, retail.licences, applications, today, stream(seed, 'holders'));
  markQueuedAcceptances(applications, grids);
  const notifications = makeInbox(applications, retail.licences, today, cal, stream(seed, 'inbox'));
  return {
    today,
    geo,
    seqByUnit: retail.seqByUnit,
    staff,
    applicants,
    grids,
    licences: retail.licences,
    applications,
    notifications,
    schools,
    supervision: makeSupervision(today, retail.licences, grids, staff, stream(seed, 'supervision')),
    records: makeRecords(retail.licences, today, stream(seed, 'records'), ctx.reserved),
  };
}

/**
 * Every verified applicant without a case gets a licence of their home unit, and one holder in
 * fifty a second one; registration precedes the applicant's first case.
 */
function linkHolders(
  applicants: SeedData['applicants'],
  licences: SeedData['licences'],
  apps: SeedData['applications'],
  today: string,
  rng: ReturnType<typeof stream>,
): void {
  const firstCase = new Map<string, string>();
  for (const a of apps)
    if (!firstCase.has(a.applicantId) || a.createdAt < (firstCase.get(a.applicantId) as string))
      firstCase.set(a.applicantId, a.createdAt);
  const inUse = new Set(apps.map((a) => a.licenceId));
  const free = new Map<string, typeof licences>();
  for (const l of rng.shuffle([...licences])) {
    if (l.holderApplicantId || inUse.has(l.id) || l.status === 'expired') continue;
    const list = free.get(l.unit) ?? [];
    list.push(l);
    free.set(l.unit, list);
  }
  const holds = new Set(licences.map((l) => l.holderApplicantId));
  for (const a of applicants) {
    if (!a.verified || a.id === DEMO.applicantId) continue;
    const n =
      !firstCase.has(a.id) && !holds.has(a.id) ? 1 : holds.has(a.id) && rng.chance(0.02) ? 1 : 0;
    for (let i = 0; i < n; i++) {
      const l = free.get(a.unit)?.pop();
      if (!l) break;
      l.holderApplicantId = a.id;
      l.holderName = a.name;
    }
  }
  for (const a of applicants) {
    if (a.createdAt) continue;
    const first = firstCase.get(a.id);
    const day = first
      ? addCalendarDays(first.slice(0, 10), -rng.int(1, 90))
      : addCalendarDays(today, -rng.int(30, 700));
    a.createdAt = `${day}T${String(rng.int(0, 13)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
  }
}

/** The seed as SQL statements (for tests: apply each with `env.DB.prepare(sql).run()` or batch). */
export function generateSeed(opts: SeedOptions): string[] {
  return render(buildSeed(opts), opts.piiKey ?? DEV_PII_KEY);
}

/** The day the demo is generated for by default: the worker's today (lib/clock.ts). */
export function defaultToday(env: NodeJS.ProcessEnv = process.env): string {
  const pin = env.XUKE_TODAY?.trim();
  if (pin) {
    if (!isIsoDate(pin))
      throw new RangeError(`XUKE_TODAY must be a real date (YYYY-MM-DD): ${pin}`);
    return pin;
  }
  return todayInChina(new Date());
}

function parseArgs(argv: string[]): { out: string; opts: SeedOptions } {
  const opts: SeedOptions = {
    retailers: 40_000,
    applications: 12_000,
    today: defaultToday(),
    seed: DEMO.seed,
  };
  let out = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--retailers') opts.retailers = Number(val());
    else if (a === '--applications') opts.applications = Number(val());
    else if (a === '--applicants') opts.applicants = Number(val());
    else if (a === '--today') opts.today = val();
    else if (a === '--seed') opts.seed = Number(val());
    else if (a === '--pii-key') opts.piiKey = val();
    else if (!a.startsWith('--') && !out) out = a;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!out)
    throw new Error(
      'usage: generate.ts <out.sql> [--retailers N] [--applications N] [--applicants N] [--today YYYY-MM-DD] [--seed N] [--pii-key BASE64]',
    );
  for (const [k, v] of Object.entries(opts))
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 0))
      throw new Error(`--${k} must be a whole number`);
  return { out, opts };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { out, opts } = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const data = buildSeed(opts);
  // The sealed remote inspections are signed (WebCrypto, asynchronous): added here.
  const remote = await demoRemote(data);
  const sql = [...render(data, opts.piiKey ?? DEV_PII_KEY), ...remote.sql];
  const { piiKey: _key, ...shown } = opts;
  writeFileSync(
    out,
    `-- Xuke demo data (worker/scripts/seed/generate.ts) ${JSON.stringify(shown)}\n${sql.join('\n')}\n`,
  );
  // The demo record's pictures, for R2: `<dir of out>/r2/<key>` (npm start puts them).
  for (const o of [...demoRecord(data).objects, ...remote.objects]) {
    const file = join(dirname(out), 'r2', o.key);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, o.bytes);
  }
  const mb = sql.reduce((n, s) => n + Buffer.byteLength(s) + 1, 0) / 1e6;
  console.log(
    `${out}: ${sql.length} statements, ${mb.toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms`,
  );
}
