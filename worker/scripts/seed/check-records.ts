/** Checks of the seeded records of the other systems, and the figures the demo shows. */
import { isQuiet, recordRowSchema } from '../../core/deliveries';
import type { SeedData } from './render';

export function recordFigures(
  d: SeedData,
  today: string,
  check: (ok: boolean, what: string) => void,
): Record<string, number> {
  const licences = new Map(d.licences.map((l) => [l.id, l]));
  const bySource: Record<string, number> = {};
  const pairs = new Set<string>();
  const perLicence = new Map<string, { lastDeliveryOn: string | null }[]>();
  for (const r of d.records) {
    const l = licences.get(r.licenceId);
    check(!!l, `record of an unknown licence ${r.licenceId}`);
    if (!l) continue;
    const key = `${r.licenceId} ${r.source}`;
    check(!pairs.has(key), `two ${r.source} records of ${l.number}`);
    pairs.add(key);
    // What an import would take: the row passes the import's own schema.
    const row = recordRowSchema.safeParse({ ...r, number: l.number });
    check(row.success, `record of ${l.number} (${r.source}) is not importable`);
    check(!r.lastDeliveryOn || r.lastDeliveryOn <= today, `delivery after today: ${l.number}`);
    check(
      !r.lastDeliveryOn || r.lastDeliveryOn >= l.issuedOn,
      `delivery before the licence was issued: ${l.number}`,
    );
    check(r.importedAt.slice(0, 10) < today, `imported today or later: ${l.number}`);
    bySource[r.source] = (bySource[r.source] ?? 0) + 1;
    perLicence.set(r.licenceId, [...(perLicence.get(r.licenceId) ?? []), r]);
  }
  const quiet = [...perLicence].filter(([id, rs]) => {
    const l = licences.get(id);
    return !!l && isQuiet(l, rs, today);
  });
  check(quiet.length >= 3, `only ${quiet.length} active licences quiet for 6 months`);
  const active = d.licences.filter((l) => l.status === 'active').length;
  check(
    d.licences.filter((l) => l.status === 'active' && !perLicence.has(l.id)).length === 0,
    'an active licence without a distribution record',
  );
  return { ...bySource, quietFor6Months: quiet.length, active };
}
