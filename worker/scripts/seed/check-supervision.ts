/** Checks of the demo's supervision data: each plan's draw reproduces, the day route is full. */
import { createHash } from 'node:crypto';
import { gunzipSync, strFromU8 } from 'fflate';
import { addCalendarDays } from '../../core/dates';
import { drawText, inputOf, runDraw, type DrawSnapshot } from '../../core/supervision-draw';
import type { SeedData } from './render';

export function supervisionFigures(
  d: SeedData,
  today: string,
  check: (ok: boolean, what: string) => void,
): Record<string, unknown> {
  const tomorrow = addCalendarDays(today, 1);
  const open = new Map<string, number>();
  const conflicts = new Set(d.supervision.conflicts.map((c) => `${c.staffId} ${c.licenceId}`));
  for (const p of d.supervision.plans) {
    const text = strFromU8(gunzipSync(Buffer.from(p.snapshotGz, 'base64')));
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    check(hash === p.populationHash, `plan ${p.id}: population hash`);
    const again = drawText(runDraw(inputOf(p.seed, p.count, JSON.parse(text) as DrawSnapshot)));
    check(again === p.drawText, `plan ${p.id}: the draw re-runs to the stored list`);
    check(p.tasks.length === p.count, `plan ${p.id}: one task per drawn retailer`);
    const staff = new Set(d.staff.filter((s) => s.scopes.includes(p.area)).map((s) => s.id));
    for (const t of p.tasks) {
      check(
        t.licence.unit === p.area && t.licence.status === 'active',
        `${t.id}: licence in force`,
      );
      check(
        t.officers[0] !== t.officers[1] && t.officers.every((o) => staff.has(o)),
        `${t.id}: officers`,
      );
      check(!t.officers.some((o) => conflicts.has(`${o} ${t.licence.id}`)), `${t.id}: conflict`);
      if (t.state === 'done') {
        check(!!t.finishedAt && t.finishedAt.slice(0, 10) < today, `${t.id}: checked before today`);
      } else {
        check(t.window?.on === today || t.window?.on === tomorrow, `${t.id}: today or tomorrow`);
        for (const o of t.officers) open.set(o, (open.get(o) ?? 0) + 1);
      }
    }
  }
  // A full-size demo (not the small ones tests build) gives each inspector's day 10–30 stops.
  if (d.licences.length >= 3000) {
    for (const [o, n] of open) check(n >= 10 && n <= 30, `${o}: ${n} open plan checks (10–30)`);
    check(new Set(d.supervision.plans.map((p) => p.area)).size >= 2, 'plans in two counties');
  }
  return {
    plans: d.supervision.plans.length,
    published: d.supervision.plans.flatMap((p) => p.tasks).filter((t) => t.state === 'done').length,
    openPlanChecksPerInspector: Object.fromEntries([...open].sort()),
    penalties: d.supervision.penalties.length,
  };
}
