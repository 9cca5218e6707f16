/**
 * 办证智能分析 against the SOP's promised limits: cases submitted under a custom SOP are held to
 * its promises (not the guide's), a case from before SOPs to the version in force when each
 * step began, and the guide applies where no SOP was set. The on-time figures follow.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisData } from '../../../core/analysis';
import { defaultCalendar } from '../../../core/calendar';
import { DEFAULT_SOP } from '../../../core/sop';
import { call, loginStaff, seedWorld } from '../../../test/fixtures';
import type { Env } from '../../env';
import { appToday } from '../../lib/clock';
import { rollUpAnalysis } from './analysis.rollup';

const cal = defaultCalendar();
const WEICHENG = '370702';

/** A decided 'new' case: accepted after 1 working day, decided `decideDays` later. */
async function decidedCase(id: string, decideDays: number, sopVersion: number | null) {
  const today = appToday(env as unknown as Env);
  const decidedOn = cal.subtractWorkingDays(today, 3);
  const acceptedOn = cal.subtractWorkingDays(decidedOn, decideDays);
  const submittedOn = cal.subtractWorkingDays(acceptedOn, 1);
  await env.DB.prepare(
    `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, submitted_on,
       accepted_on, decided_on, sop_version) VALUES (?, ?, 'apl_a', ?, 'new', 'approved', ?, ?, ?, ?)`,
  )
    .bind(id, `XK${id}`, WEICHENG, submittedOn, acceptedOn, decidedOn, sopVersion)
    .run();
  return { acceptedOn };
}

/** Saves version `basedOn + 1` of the 'new' SOP promising `decisionDays` for the decision. */
async function saveSop(admin: string, decisionDays: number, basedOn: number) {
  const res = await call('/api/admin/sop/new', {
    cookie: admin,
    method: 'PUT',
    body: {
      steps: [
        { step: 'acceptance', role: 'clerk', promisedDays: 2 },
        { step: 'decision', role: 'approver', promisedDays: decisionDays },
        { step: 'delivery', role: 'clerk', promisedDays: 5 },
      ],
      levels: [{ level: 'decide', role: 'approver' }],
      note: '承诺提速',
      basedOn,
    },
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
}

async function analysis(q = '?type=new'): Promise<AnalysisData> {
  await rollUpAnalysis(env as unknown as Env);
  const res = await call(`/api/analysis${q}`, { cookie: await loginStaff('approver') });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json<AnalysisData>();
}

const decisionRow = (d: AnalysisData) => d.steps.find((s) => s.step === 'decision');
const sum = (d: AnalysisData, k: 'onTime' | 'late' | 'keptPromise' | 'brokePromise') =>
  d.onTime.reduce((s, m) => s + m[k], 0);

let admin = '';
beforeEach(async () => {
  await seedWorld();
  // What the SOP migration writes for every type (the tests' reset empties it): the law's
  // limits, with no author.
  for (const type of ['new', 'renewal']) {
    await env.DB.prepare(
      `INSERT INTO sop_versions (type, version, rules_json, note) VALUES (?, 1, ?, '法定时限')`,
    )
      .bind(type, JSON.stringify(DEFAULT_SOP))
      .run();
  }
  admin = await loginStaff('admin');
});

describe('the analysis against the SOP’s promises', () => {
  it('holds cases to the guide while no SOP is set, and to their custom SOP once one is', async () => {
    // Stamped with the first version (the law's limits, written by the migration): no SOP set.
    await decidedCase('p1', 5, 1);
    await decidedCase('p2', 10, 1);
    await decidedCase('p3', 15, 1);
    const before = await analysis();
    expect(decisionRow(before)).toMatchObject({ promised: 20, withinPromised: 1 });
    expect([sum(before, 'keptPromise'), sum(before, 'brokePromise')]).toEqual([3, 0]);

    // The bureau promises 8 working days; cases submitted under it are held to 8.
    await saveSop(admin, 8, 1);
    await decidedCase('p4', 5, 2);
    await decidedCase('p5', 10, 2);
    await decidedCase('p6', 15, 2);
    const after = await analysis();
    const decision = decisionRow(after);
    expect(decision).toMatchObject({ cases: 6, promised: 8, withinStatutory: 1 });
    // p1–p3 keep the guide's 20 days; of p4–p6 only the 5-day decision is within 8.
    expect(decision?.withinPromised).toBeCloseTo(4 / 6);
    expect(after.steps.find((s) => s.step === 'total')?.promised).toBe(10);
    expect([sum(after, 'onTime'), sum(after, 'late')]).toEqual([6, 0]);
    expect([sum(after, 'keptPromise'), sum(after, 'brokePromise')]).toEqual([4, 2]);
  });

  it('holds a case from before SOPs to the version in force when each step began', async () => {
    const early = await decidedCase('u1', 12, null);
    // Version 2 promising 10 days, saved the working day after u1's decision step began.
    const savedOn = cal.addWorkingDays(early.acceptedOn, 1);
    await env.DB.prepare(
      `INSERT INTO sop_versions (type, version, rules_json, note, created_by, created_at)
       VALUES ('new', 2, ?, '承诺10日', 'stf_admin', ?)`,
    )
      .bind(
        JSON.stringify({
          steps: [
            { step: 'acceptance', role: 'clerk', promisedDays: 5 },
            { step: 'decision', role: 'approver', promisedDays: 10 },
            { step: 'delivery', role: 'clerk', promisedDays: 10 },
          ],
          levels: [{ level: 'decide', role: 'approver' }],
        }),
        `${savedOn}T02:00:00.000Z`, // 10:00 in China that day
      )
      .run();
    // u2's decision step began on the day the SOP was saved.
    const late = await decidedCase('u2', 11, null);
    expect(late.acceptedOn).toBe(savedOn);
    const d = await analysis();
    const decision = decisionRow(d);
    // u1 (12 days, guide's 20) is within its promise; u2 (under the 10-day SOP) is not.
    expect(decision?.promised).toBe(10);
    expect(decision?.withinPromised).toBe(0.5);
    expect([sum(d, 'keptPromise'), sum(d, 'brokePromise')]).toEqual([1, 1]);
  });

  it('shows no single promise for all types when their SOPs differ', async () => {
    await saveSop(admin, 8, 1);
    const all = await analysis('');
    expect(decisionRow(all)?.promised).toBeNull();
    expect(decisionRow(await analysis('?type=renewal'))?.promised).toBe(20);
  });
});
