/**
 * The other systems' records for the demo (营销, 配送, 内管), relative to "today": every licence
 * in business gets its distribution record (weekly deliveries, a paused supply while suspended),
 * about a third a sales record and a tenth an internal-management one; a few active licences
 * have had no delivery for 7–13 months, for the "no deliveries for 6 months" warning.
 */
import { addCalendarDays, calendarDaysBetween } from '../../core/dates';
import type { CustomerStatus, RecordSource } from '../../core/deliveries';
import type { Rng } from './prng';
import { inserts } from './sql';
import { staffId } from './staff';
import type { LicenceRow } from './retail';

export interface SeedRecord {
  licenceId: string;
  source: RecordSource;
  customerCode: string;
  monthlyVolume: number;
  lastDeliveryOn: string | null;
  status: CustomerStatus;
  importedAt: string;
}

/** Active licences with no delivery for over 6 months: at least this many, about 1 in 150. */
const MIN_QUIET = 6;

export function makeRecords(
  licences: readonly LicenceRow[],
  today: string,
  rng: Rng,
  reserved: ReadonlySet<string>,
): SeedRecord[] {
  const out: SeedRecord[] = [];
  const inBusiness = licences.filter((l) => l.status === 'active' || l.status === 'suspended');
  const oldEnough = (l: LicenceRow) => calendarDaysBetween(l.issuedOn, today) > 420;
  const candidates = inBusiness.filter(
    (l) => l.status === 'active' && oldEnough(l) && !reserved.has(l.id),
  );
  const quiet = new Set(
    rng
      .shuffle([...candidates])
      .slice(0, Math.max(MIN_QUIET, Math.round(candidates.length / 150)))
      .map((l) => l.id),
  );
  const imported = (daysAgo: number) =>
    `${addCalendarDays(today, -daysAgo)}T0${rng.int(1, 8)}:${String(rng.int(10, 59))}:00.000Z`;
  for (const l of inBusiness) {
    const code = `WF${l.unit.slice(2)}${l.number.slice(-6)}`;
    const urban = l.premises.place.klass === 'urban';
    let volume = Math.max(5, Math.round((urban ? 180 : 110) + rng.gauss() * 50));
    let last: string | null = addCalendarDays(today, -rng.int(1, 21));
    let status: CustomerStatus = 'normal';
    if (quiet.has(l.id)) {
      last = addCalendarDays(today, -rng.int(200, 400));
      volume = 0;
      status = rng.chance(0.5) ? 'paused' : 'normal';
    } else if (l.status === 'suspended' && l.suspendedFrom) {
      last = addCalendarDays(l.suspendedFrom, -rng.int(1, 10));
      status = 'paused';
    }
    // A shop licensed days ago may not have had its first delivery yet.
    if (last && last < l.issuedOn)
      last = calendarDaysBetween(l.issuedOn, today) > 7 ? l.issuedOn : null;
    const base = { licenceId: l.id, customerCode: code, status };
    out.push({
      ...base,
      source: 'distribution',
      monthlyVolume: volume,
      lastDeliveryOn: last,
      importedAt: imported(rng.int(1, 3)),
    });
    if (rng.chance(0.33))
      out.push({
        ...base,
        source: 'sales',
        monthlyVolume: Math.max(0, volume + rng.int(-10, 10)),
        lastDeliveryOn: last,
        importedAt: imported(rng.int(1, 6)),
      });
    if (rng.chance(0.1))
      out.push({
        ...base,
        source: 'internal',
        monthlyVolume: volume,
        lastDeliveryOn: last,
        importedAt: imported(rng.int(3, 30)),
      });
  }
  return out;
}

/** The records as SQL, imported by the city admin. */
export function renderRecords(records: readonly SeedRecord[]): string[] {
  return inserts(
    'licence_records',
    'licence_id source customer_code monthly_volume last_delivery_on status imported_at imported_by'.split(
      ' ',
    ),
    records.map((r) => [
      r.licenceId,
      r.source,
      r.customerCode,
      r.monthlyVolume,
      r.lastDeliveryOn,
      r.status,
      r.importedAt,
      staffId('admin'),
    ]),
  );
}
