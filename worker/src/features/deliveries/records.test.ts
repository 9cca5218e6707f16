import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecordImportReport } from '../../../core/deliveries';
import { monthsBefore } from '../../../core/deliveries';
import { call, count, loginStaff, seedWorld, todayMinus, WEICHENG } from '../../../test/fixtures';
import { LICENCES, row, seedLicences } from '../../../test/licence-records';
import { licencesWithoutDeliverySince } from './records.repo';

const send = (cookie: string, body: Record<string, unknown>) =>
  call('/api/imports/records', { cookie, body: { source: 'distribution', ...body } });

const auditCount = () => count('audit_log', "event = 'records_imported'");

describe('imports from the other systems', () => {
  beforeEach(async () => {
    await seedWorld();
    await seedLicences();
  });

  it('a dry run matches good rows and rejects duplicate, malformed and unknown ones, writing nothing', async () => {
    const admin = await loginStaff('admin');
    const rows = [
      row(LICENCES.wc1.number),
      row(LICENCES.kw1.number, 3, { monthlyVolume: '80', status: 'paused' }),
      row(LICENCES.wc1.number),
      { ...row(LICENCES.wc2.number), monthlyVolume: 'lots', lastDeliveryOn: '2026-02-30' },
      row('370702999999999'),
      row(LICENCES.wc2.number, -3),
    ];
    const res = await send(admin, { rows });
    expect(res.status).toBe(200);
    const report = (await res.json()) as RecordImportReport;
    expect(report.dryRun).toBe(true);
    expect(report.accepted.map((a) => [a.index, a.licenceId, a.replaces])).toEqual([
      [0, LICENCES.wc1.id, false],
      [1, LICENCES.kw1.id, false],
    ]);
    const why = Object.fromEntries(
      report.rejected.map((r) => [r.index, r.reasons.map((x) => x.en)]),
    );
    expect(why[2]).toEqual(['licence number repeated in the file']);
    expect(why[3]).toEqual([
      'monthly volume: a whole number of cartons, 0–100000',
      'last delivery: a real date, YYYY-MM-DD',
    ]);
    expect(why[4]).toEqual(['no licence with this number']);
    expect(why[5]).toEqual(['last delivery is after today']);
    expect(await count('licence_records')).toBe(0);
  });

  it('a commit with any rejected row writes nothing (all or nothing)', async () => {
    const admin = await loginStaff('admin');
    const before = await auditCount();
    const res = await send(admin, {
      dryRun: false,
      rows: [row(LICENCES.wc1.number), row('370702999999999')],
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('IMPORT_REJECTED_ROWS');
    expect(body.error.issues.map((i) => i.path)).toEqual(['rows.1']);
    expect(await count('licence_records')).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('a clean commit writes every row with its audit record; the next import of a source replaces it', async () => {
    const admin = await loginStaff('admin');
    const before = await auditCount();
    const first = await send(admin, {
      dryRun: false,
      rows: [row(LICENCES.wc1.number, 200), row(LICENCES.wc2.number, 5)],
    });
    expect(first.status).toBe(200);
    expect(((await first.json()) as RecordImportReport).committed).toBe(true);
    expect(await count('licence_records')).toBe(2);
    expect(await auditCount()).toBe(before + 1);
    // The same licence from sales is a second record; from distribution again, a replacement.
    await send(admin, { dryRun: false, source: 'sales', rows: [row(LICENCES.wc1.number, 40)] });
    const again = await send(admin, {
      dryRun: false,
      rows: [row(LICENCES.wc1.number, 1, { monthlyVolume: 300 })],
    });
    const report = (await again.json()) as RecordImportReport;
    expect(report.accepted[0]?.replaces).toBe(true);
    expect(await count('licence_records')).toBe(3);
    const stored = await env.DB.prepare(
      `SELECT monthly_volume, last_delivery_on, status, imported_by FROM licence_records
       WHERE licence_id = ? AND source = 'distribution'`,
    )
      .bind(LICENCES.wc1.id)
      .first();
    expect(stored).toEqual({
      monthly_volume: 300,
      last_delivery_on: todayMinus(1),
      status: 'normal',
      imported_by: 'stf_admin',
    });
  });

  it('a clerk imports rows of their own county; another county’s rows are rejected with the reason', async () => {
    const clerk = await loginStaff('clerk');
    const res = await send(clerk, { rows: [row(LICENCES.wc1.number), row(LICENCES.kw1.number)] });
    const report = (await res.json()) as RecordImportReport;
    expect(report.accepted.map((a) => a.index)).toEqual([0]);
    expect(report.rejected[0]?.reasons.map((r) => r.en)).toEqual([
      'the licence is outside your counties',
    ]);
    const refused = await send(clerk, { dryRun: false, rows: [row(LICENCES.kw1.number)] });
    expect(refused.status).toBe(422);
    expect(await count('licence_records')).toBe(0);
  });

  it('an oversized import is refused before any row is read', async () => {
    const admin = await loginStaff('admin');
    const many = Array.from({ length: 5001 }, () => row(LICENCES.wc1.number));
    const tooMany = await send(admin, { dryRun: false, rows: many });
    expect(tooMany.status).toBe(413);
    expect(((await tooMany.json()) as { error: { code: string } }).error.code).toBe(
      'IMPORT_TOO_LARGE',
    );
    const filler = 'x'.repeat(2000);
    const huge = Array.from({ length: 4500 }, () => row(LICENCES.wc1.number, 1, { note: filler }));
    const tooBig = await send(admin, { dryRun: false, rows: huge });
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe(
      'BODY_TOO_LARGE',
    );
    expect(await count('licence_records')).toBe(0);
  });

  it('the licence page shows the records and flags an active licence quiet for six months', async () => {
    const admin = await loginStaff('admin');
    await send(admin, {
      dryRun: false,
      rows: [row(LICENCES.wc1.number, 250), row(LICENCES.wc2.number, 20)],
    });
    await send(admin, { dryRun: false, source: 'sales', rows: [row(LICENCES.wc1.number, 200)] });
    const inspector = await loginStaff('inspector');
    const res = await call(`/api/licences/${LICENCES.wc1.id}/records`, { cookie: inspector });
    expect(res.status).toBe(200);
    const view = (await res.json()) as {
      records: { source: string }[];
      lastDeliveryOn: string;
      quiet: boolean;
    };
    expect(view.records.map((r) => r.source)).toEqual(['sales', 'distribution']);
    expect(view.lastDeliveryOn).toBe(todayMinus(200));
    expect(view.quiet).toBe(true);
    const fresh = await call(`/api/licences/${LICENCES.wc2.id}/records`, { cookie: inspector });
    expect(((await fresh.json()) as { quiet: boolean }).quiet).toBe(false);
    // Another county's clerk: as if the licence did not exist.
    const kuiwen = await loginStaff('clerk.kuiwen');
    const hidden = await call(`/api/licences/${LICENCES.wc1.id}/records`, { cookie: kuiwen });
    expect(hidden.status).toBe(404);
  });

  it('answers which active licences had no delivery since a date (for the warning)', async () => {
    const admin = await loginStaff('admin');
    await send(admin, {
      dryRun: false,
      rows: [
        row(LICENCES.wc1.number, 250),
        row(LICENCES.wc2.number, 20),
        row(LICENCES.wcOff.number, 400),
        row(LICENCES.kw1.number, 0, { lastDeliveryOn: null }),
      ],
    });
    const since = monthsBefore(todayMinus(0), 6);
    const quiet = await licencesWithoutDeliverySince(env.DB, since);
    // The cancelled licence is not active; the one with no date at all is quiet too.
    expect(quiet.map((q) => [q.licenceId, q.lastDeliveryOn])).toEqual([
      [LICENCES.kw1.id, null],
      [LICENCES.wc1.id, todayMinus(250)],
    ]);
    expect((await licencesWithoutDeliverySince(env.DB, since, [WEICHENG])).length).toBe(1);
    expect(await licencesWithoutDeliverySince(env.DB, since, [])).toEqual([]);
  });
});
