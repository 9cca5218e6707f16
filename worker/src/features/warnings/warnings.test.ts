/**
 * 许可业务预警, rule by rule on crafted facts: each raises what holds today with its severity,
 * keeps it on the next run, and resolves it once the fact is gone.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../core/calendar';
import { addCalendarDays } from '../../../core/dates';
import { monthsBefore } from '../../../core/deliveries';
import { GRID, setGrid } from '../../../test/cases';
import { seedWorld, todayMinus, type Seeded } from '../../../test/fixtures';
import { appToday } from '../../lib/clock';
import { caseOn, licence, refresh, stored, workerEnv } from './warnings.fixtures';

const cal = defaultCalendar();
const today = () => appToday(workerEnv);
const workingDaysAhead = (n: number) => cal.addWorkingDays(today(), n);
const sql = (q: string, ...p: unknown[]) =>
  env.DB.prepare(q)
    .bind(...p)
    .run();

let world: Seeded;
beforeEach(async () => {
  world = await seedWorld();
});

describe('case deadlines', () => {
  it('warns red for a missed deadline, yellow within a working day, nothing further out', async () => {
    await sql(`UPDATE applications SET deadline = ? WHERE id = 'app_a'`, todayMinus(2));
    await sql(`UPDATE applications SET deadline = ? WHERE id = 'app_b'`, today());
    await sql(`UPDATE applications SET deadline = ? WHERE id = 'app_insp'`, workingDaysAhead(3));
    await refresh({ rules: ['case_deadline'] });
    const found = await stored('case_deadline');
    expect(found.map((w) => [w.objectId, w.severity, w.county])).toEqual([
      ['app_a', 'red', '370702'],
      ['app_b', 'yellow', '370705'],
    ]);
    // The assigned inspector's case comes in, with them as assignee.
    await sql(`UPDATE applications SET deadline = ? WHERE id = 'app_insp'`, workingDaysAhead(1));
    await refresh({ rules: ['case_deadline'] });
    const insp = await env.DB.prepare(
      `SELECT assignee_id AS a FROM warnings WHERE object_id = 'app_insp' AND resolved_at IS NULL`,
    ).first<{ a: string }>();
    expect(insp?.a).toBe('stf_inspector');
    // Decided cases leave the clock: the warning is resolved.
    await sql(`UPDATE applications SET status = 'withdrawn' WHERE id = 'app_a'`);
    await refresh({ rules: ['case_deadline'] });
    expect((await stored('case_deadline')).map((w) => w.objectId)).toEqual(['app_b', 'app_insp']);
  });

  it('a county-scoped run leaves the other counties alone', async () => {
    await sql(`UPDATE applications SET deadline = ? WHERE id IN ('app_a', 'app_b')`, todayMinus(1));
    await refresh({ rules: ['case_deadline'] });
    await sql(`UPDATE applications SET deadline = '2099-01-01' WHERE id IN ('app_a', 'app_b')`);
    await refresh({ rules: ['case_deadline'], counties: ['370705'] });
    expect((await stored('case_deadline')).map((w) => w.objectId)).toEqual(['app_a']);
  });
});

describe('licences expiring without a renewal filed', () => {
  it('warns within 60 working days, red past the 30-day filing limit, not once renewal is filed', async () => {
    await licence({ id: 'lic_soon', expiresOn: addCalendarDays(today(), 10) });
    await licence({ id: 'lic_later', expiresOn: addCalendarDays(today(), 50) });
    await licence({ id: 'lic_far', expiresOn: addCalendarDays(today(), 200) });
    await licence({ id: 'lic_renewing', expiresOn: addCalendarDays(today(), 10) });
    await licence({ id: 'lic_draft', expiresOn: addCalendarDays(today(), 12) });
    await caseOn('lic_renewing', 'renewal', 'accepted', 'ren_1');
    await caseOn('lic_draft', 'renewal', 'draft', 'ren_2');
    await refresh({ rules: ['licence_expiry'] });
    expect((await stored('licence_expiry')).map((w) => [w.objectId, w.severity])).toEqual([
      ['lic_draft', 'red'],
      ['lic_later', 'yellow'],
      ['lic_soon', 'red'],
    ]);
    // Filing the renewal resolves it.
    await sql(`UPDATE applications SET status = 'submitted' WHERE id = 'ren_2'`);
    await refresh({ rules: ['licence_expiry'] });
    expect((await stored('licence_expiry')).map((w) => w.objectId)).toEqual([
      'lic_later',
      'lic_soon',
    ]);
  });
});

describe('suspensions ending without a resume filed', () => {
  it('warns red within 3 working days, yellow within 10, not once resume is filed', async () => {
    await licence({ id: 'sus_red', status: 'suspended', suspendedUntil: workingDaysAhead(2) });
    await licence({ id: 'sus_yel', status: 'suspended', suspendedUntil: workingDaysAhead(8) });
    await licence({ id: 'sus_far', status: 'suspended', suspendedUntil: workingDaysAhead(30) });
    await licence({ id: 'sus_res', status: 'suspended', suspendedUntil: workingDaysAhead(2) });
    await caseOn('sus_res', 'resume', 'submitted', 'res_1');
    await refresh({ rules: ['suspension_ending'] });
    expect((await stored('suspension_ending')).map((w) => [w.objectId, w.severity])).toEqual([
      ['sus_red', 'red'],
      ['sus_yel', 'yellow'],
    ]);
  });
});

describe('grids turning yellow or red', () => {
  it('warns of a rise since the last run, follows it up to red, and lets go when it falls', async () => {
    await setGrid(10, 5);
    await refresh({ rules: ['grid_saturation'] }); // first sight: no "before"
    expect(await stored('grid_saturation')).toEqual([]);
    await setGrid(10, 9);
    await refresh({ rules: ['grid_saturation'] });
    let found = await stored('grid_saturation');
    expect(found.map((w) => [w.objectId, w.severity])).toEqual([[GRID, 'yellow']]);
    // Another run on the same level keeps the one warning.
    await refresh({ rules: ['grid_saturation'] });
    expect(await stored('grid_saturation')).toEqual(found);
    await setGrid(10, 10);
    await refresh({ rules: ['grid_saturation'] });
    found = await stored('grid_saturation');
    expect(found.map((w) => w.severity)).toEqual(['red']);
    expect(JSON.parse(found[0]?.detail ?? '{}')).toMatchObject({
      previous: 'yellow',
      level: 'red',
    });
    await setGrid(10, 6);
    await refresh({ rules: ['grid_saturation'] });
    expect(await stored('grid_saturation')).toEqual([]);
  });
});

describe('the same ID number or credit code on several active licences', () => {
  it('warns each active licence of a shared credit code in its county, never a cancelled one', async () => {
    await licence({ id: 'dup_1', creditCode: '91370702MA3C0000XX' });
    await licence({ id: 'dup_2', county: '370705', creditCode: '91370702MA3C0000XX' });
    await licence({ id: 'dup_3', status: 'cancelled', creditCode: '91370702MA3C0000XX' });
    await licence({ id: 'solo', creditCode: '91370702MA3C0001XX' });
    await refresh({ rules: ['duplicate_holder'] });
    const found = await stored('duplicate_holder');
    expect(found.map((w) => [w.objectId, w.county])).toEqual([
      ['dup_1', '370702'],
      ['dup_2', '370705'],
    ]);
    expect(JSON.parse(found[0]?.detail ?? '{}')).toMatchObject({ by: 'credit_code' });
  });

  it('finds one person holding two active licences by the ID number hash, and says no number', async () => {
    await licence({ id: 'own_1', holder: 'apl_a' });
    await licence({ id: 'own_2', holder: 'apl_a', county: '370705' });
    await licence({ id: 'own_b', holder: 'apl_b' });
    await refresh({ rules: ['duplicate_holder'] });
    const found = await stored('duplicate_holder');
    expect(found.map((w) => w.objectId)).toEqual(['own_1', 'own_2']);
    const all = JSON.stringify(found);
    const p = await env.DB.prepare(
      `SELECT id_number_hash AS h FROM applicants WHERE id = 'apl_a'`,
    ).first<{ h: string }>();
    expect(all).not.toContain(world.idNumberA);
    expect(all).not.toContain(p?.h ?? 'no hash');
    // The second licence cancelled: no longer a duplicate.
    await sql(`UPDATE licences SET status = 'cancelled' WHERE id = 'own_2'`);
    await refresh({ rules: ['duplicate_holder'] });
    expect(await stored('duplicate_holder')).toEqual([]);
  });
});

describe('active licences with no deliveries for 6 months (有证无订货)', () => {
  const record = (licenceId: string, last: string | null) =>
    sql(
      `INSERT INTO licence_records (licence_id, source, customer_code, monthly_volume,
         last_delivery_on, status, imported_by) VALUES (?, 'distribution', ?, 10, ?, 'normal', 'stf_admin')`,
      licenceId,
      `PS${licenceId}`,
      last,
    );

  it('warns of a known licence quiet for 6 months, never of one no system reports on', async () => {
    await licence({ id: 'quiet' });
    await licence({ id: 'busy' });
    await licence({ id: 'unknown' });
    await licence({ id: 'gone', status: 'cancelled' });
    await record('quiet', monthsBefore(today(), 7));
    await record('busy', addCalendarDays(today(), -20));
    await record('gone', monthsBefore(today(), 9));
    await refresh({ rules: ['no_deliveries'] });
    const found = await stored('no_deliveries');
    expect(found.map((w) => [w.objectId, w.severity, w.county])).toEqual([
      ['quiet', 'yellow', '370702'],
    ]);
    expect(JSON.parse(found[0]?.detail ?? '{}')).toEqual({
      lastDeliveryOn: monthsBefore(today(), 7),
    });
    // A delivery arrives (the next import): the warning is resolved.
    await sql(
      `UPDATE licence_records SET last_delivery_on = ? WHERE licence_id = 'quiet'`,
      addCalendarDays(today(), -2),
    );
    await refresh({ rules: ['no_deliveries'] });
    expect(await stored('no_deliveries')).toEqual([]);
  });
});

describe('bad ratings awaiting their follow-up', () => {
  it('is yellow until the reply is due, red after, and resolved by the reply', async () => {
    const rating = (id: string, app: string, due: string) => [
      env.DB.prepare(
        `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, shop_name)
         VALUES (?, ?, 'apl_a', '370702', 'new', 'delivered', '差评店')`,
      ).bind(app, `XK${app}`),
      env.DB.prepare(
        `INSERT INTO ratings (id, application_id, applicant_id, jurisdiction_code, overall,
           efficiency, guide, convenience, ease, ended_on, rated_on, idempotency_key)
         VALUES (?, ?, 'apl_a', '370702', 'dissatisfied', 'basic', 'basic', 'basic', 'basic', ?, ?, ?)`,
      ).bind(id, app, todayMinus(9), todayMinus(8), `k-${id}`),
      env.DB.prepare(
        `INSERT INTO rating_follow_ups (rating_id, application_id, jurisdiction_code, opened_on, due_on)
         VALUES (?, ?, '370702', ?, ?)`,
      ).bind(id, app, todayMinus(8), due),
    ];
    await env.DB.batch([
      ...rating('r_late', 'c_late', todayMinus(1)),
      ...rating('r_open', 'c_open', workingDaysAhead(3)),
    ]);
    await refresh({ rules: ['bad_rating'] });
    expect((await stored('bad_rating')).map((w) => [w.objectId, w.severity])).toEqual([
      ['c_late', 'red'],
      ['c_open', 'yellow'],
    ]);
    await sql(
      `UPDATE rating_follow_ups SET reply = '已整改', replied_on = ? WHERE rating_id = 'r_late'`,
      today(),
    );
    await refresh({ rules: ['bad_rating'] });
    expect((await stored('bad_rating')).map((w) => w.objectId)).toEqual(['c_open']);
  });
});
