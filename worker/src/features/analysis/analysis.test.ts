/**
 * 办证智能分析 from the roll-up: crafted cases with known step times give the expected counts,
 * medians and p90s, refusal reasons, on-time rates, inspections and ratings; filters by county
 * and type select the right cells; a clerk sees only their county.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisData } from '../../../core/analysis';
import { defaultCalendar } from '../../../core/calendar';
import { setGrid } from '../../../test/cases';
import { call, loginStaff, seedWorld } from '../../../test/fixtures';
import type { Env } from '../../env';
import { appToday } from '../../lib/clock';
import { rollUpAnalysis } from './analysis.rollup';

const cal = defaultCalendar();

async function decided(
  id: string,
  county: string,
  type: string,
  status: 'approved' | 'refused' | 'delivered',
  acceptDays: number,
  decideDays: number,
) {
  const today = appToday(env as unknown as Env);
  const decidedOn = cal.subtractWorkingDays(today, 3);
  const acceptedOn = cal.subtractWorkingDays(decidedOn, decideDays);
  const submittedOn = cal.subtractWorkingDays(acceptedOn, acceptDays);
  await env.DB.prepare(
    `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, submitted_on,
       accepted_on, decided_on) VALUES (?, ?, 'apl_a', ?, ?, ?, ?, ?, ?)`,
  )
    .bind(id, `XK${id}`, county, type, status, submittedOn, acceptedOn, decidedOn)
    .run();
  if (status === 'refused') {
    await env.DB.prepare(
      `INSERT INTO application_events (id, application_id, actor_kind, actor_name, action,
         from_status, to_status, reason) VALUES (?, ?, 'staff', '审批', 'refuse', 'accepted', 'refused', ?)`,
    )
      .bind(`ev_${id}`, id, '距离学校不足50米\n详见核查记录')
      .run();
  }
  return { submittedOn, decidedOn };
}

async function analysis(cookie: string, q = ''): Promise<AnalysisData> {
  const res = await call(`/api/analysis${q}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json<AnalysisData>();
}

beforeEach(async () => {
  await seedWorld();
  await setGrid(10, 9);
  await decided('d1', '370702', 'new', 'approved', 1, 5);
  await decided('d2', '370702', 'new', 'refused', 2, 10);
  await decided('d3', '370702', 'renewal', 'approved', 3, 15);
  await decided('d4', '370705', 'new', 'refused', 4, 25); // late: over 20 working days
  await rollUpAnalysis(env as unknown as Env);
});

describe('the analysis', () => {
  it('answers the whole city from the roll-up: steps, decisions, reasons, on time, saturation', async () => {
    const d = await analysis(await loginStaff('approver'));
    const decision = d.steps.find((s) => s.step === 'decision');
    expect(decision).toMatchObject({ cases: 4, median: 10, p90: 25, statutory: 20 });
    expect(decision?.withinStatutory).toBe(0.75);
    expect(d.decisions).toMatchObject({
      approved: 2,
      refused: 2,
      topRefusals: [{ reason: '距离学校不足50米', cases: 2 }],
    });
    const late = d.onTime.reduce((s, m) => s + m.late, 0);
    const onTime = d.onTime.reduce((s, m) => s + m.onTime, 0);
    expect([onTime, late]).toEqual([3, 1]);
    const filed = d.filed.reduce((s, m) => s + (m.byType.new ?? 0), 0);
    expect(filed).toBe(3 + 3); // the crafted three plus seedWorld's three 'new' cases
    expect(d.saturation.latest?.levels.yellow).toBe(1);
    expect(d.saturation.buckets[9]).toBe(1);
  });

  it('filters by county and type, and keeps a clerk to their county', async () => {
    const approver = await loginStaff('approver');
    const kw = await analysis(approver, '?county=370705');
    expect(kw.decisions).toMatchObject({ approved: 0, refused: 1 });
    const renewal = await analysis(approver, '?type=renewal');
    expect(renewal.steps.find((s) => s.step === 'decision')?.median).toBe(15);
    const clerk = await analysis(await loginStaff('clerk'));
    expect(clerk.decisions).toMatchObject({ approved: 2, refused: 1 });
    const other = await analysis(await loginStaff('clerk'), '?county=370705');
    expect(other.decisions).toMatchObject({ approved: 0, refused: 0 });
  });

  it('refuses a bad period', async () => {
    const approver = await loginStaff('approver');
    for (const q of [
      '?from=2026-13',
      '?from=2026-10&to=2026-01',
      '?from=2020-01&to=2026-01',
      '?x=1',
    ]) {
      expect((await call(`/api/analysis${q}`, { cookie: approver })).status, q).toBe(400);
    }
  });
});
