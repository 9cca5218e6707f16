/** Which licence an application is about, and the form the applicant filled in. */
import type { ApplicationStatus } from '../../core/application-state';
import type { BusinessType } from '../../core/business-types';
import { addCalendarDays, compareDates } from '../../core/dates';
import { REISSUE_REASONS, type PremisesProof } from '../../core/form-choices';
import { maxSuspendUntil, type ChangeKind } from '../../core/preconditions';
import type { ApplicantRow } from './applicants';
import type { Place } from './geo';
import type { Plan } from './timeline';
import type { LicenceRow } from './retail';
import type { Rng } from './prng';

type PoolKind = 'active' | 'renewal' | 'suspended' | 'cancelled';

/** Unused licences per unit and kind; each licence serves at most one application. */
export class LicencePools {
  private readonly lists = new Map<string, LicenceRow[]>();
  private readonly cursor = new Map<string, number>();
  private readonly used = new Set<string>();

  constructor(licences: LicenceRow[], today: string, reserved: Set<string>, rng: Rng) {
    const renewFrom = addCalendarDays(today, 60);
    const renewTo = addCalendarDays(today, 420);
    for (const l of licences) {
      if (reserved.has(l.id)) continue;
      const kinds: PoolKind[] = [];
      if (l.status === 'active') {
        kinds.push('active');
        if (l.expiresOn >= renewFrom && l.expiresOn <= renewTo) kinds.push('renewal');
      } else if (l.status === 'suspended' && (l.suspendedUntil ?? '') >= today)
        kinds.push('suspended');
      else if (l.status === 'cancelled') kinds.push('cancelled');
      for (const k of kinds) {
        const key = `${l.unit}:${k}`;
        const list = this.lists.get(key) ?? [];
        list.push(l);
        this.lists.set(key, list);
      }
    }
    for (const list of this.lists.values()) rng.shuffle(list);
  }

  /** The kind of licence a type needs, given where the case ended up. */
  static kindFor(type: BusinessType, status: ApplicationStatus): PoolKind {
    const done = status === 'delivered';
    if (type === 'renewal') return 'renewal';
    if (type === 'resume') return done ? 'active' : 'suspended';
    if (type === 'suspension' && done) return 'suspended';
    if (type === 'closure' && done) return 'cancelled';
    return 'active';
  }

  take(unit: string, kind: PoolKind): LicenceRow | null {
    const key = `${unit}:${kind}`;
    const list = this.lists.get(key) ?? [];
    let i = this.cursor.get(key) ?? 0;
    while (i < list.length && this.used.has((list[i] as LicenceRow).id)) i++;
    this.cursor.set(key, i + 1);
    const l = list[i];
    if (l) this.used.add(l.id);
    return l ?? null;
  }

  isUsed(id: string): boolean {
    return this.used.has(id);
  }
}

/** The form as submitted (never with the full ID number). */
export function formFor(
  type: BusinessType,
  status: ApplicationStatus,
  plan: Plan,
  applicant: ApplicantRow,
  shop: { name: string; address: string; creditCode: string; unit: string },
  place: Place | null,
  licence: LicenceRow | null,
  rng: Rng,
): Record<string, unknown> {
  const filed = plan.submittedOn ?? plan.steps[0]?.date ?? '';
  const form: Record<string, unknown> = {
    operatorName: applicant.name,
    phone: applicant.phone,
    shopName: shop.name,
    address: shop.address,
    county: shop.unit,
    creditCode: shop.creditCode,
  };
  if (place) {
    form.lat = place.lat;
    form.lng = place.lng;
    form.premisesProof = rng.weighted<PremisesProof>([
      ['lease', 6],
      ['deed', 3],
      ['village', place.klass === 'rural' ? 3 : 0],
    ] as const);
    form.businessScope = '烟草制品零售、日用百货、预包装食品销售';
    form.byAgent = rng.chance(0.08);
  }
  if (licence) form.licenceNumber = licence.number;
  switch (type) {
    case 'change':
      form.changeKind = rng.weighted<ChangeKind>([
        ['name', 5],
        ['address_name', 2],
        ['legal_rep', 2],
      ] as const);
      form.changeDate = addCalendarDays(filed, -rng.int(0, 20));
      break;
    case 'suspension': {
      const from =
        licence?.suspendedFrom && status === 'delivered'
          ? licence.suspendedFrom
          : addCalendarDays(filed, rng.int(3, 30));
      form.suspendFrom = from;
      form.suspendUntil =
        licence?.suspendedUntil && status === 'delivered'
          ? licence.suspendedUntil
          : min(maxSuspendUntil(from), addCalendarDays(from, rng.int(30, 330)));
      break;
    }
    case 'resume':
      form.resumeOn = addCalendarDays(filed, rng.int(1, 10));
      break;
    case 'reissue':
      form.reissueReason = rng.pick(REISSUE_REASONS);
      break;
    case 'closure':
      form.closureDate = addCalendarDays(filed, -rng.int(0, 20));
      break;
    default:
      break;
  }
  if (status === 'draft') {
    if (rng.chance(0.4)) delete form.creditCode;
    if (rng.chance(0.2)) delete form.address;
  }
  return form;
}

/** A delivered suspension or closure changed the licence: make the licence say so. */
export function applyOutcome(
  type: BusinessType,
  plan: Plan,
  licence: LicenceRow,
  today: string,
  rng: Rng,
): void {
  const dl = plan.deliveredOn;
  if (!dl) return;
  if (type === 'suspension') {
    const from = min(today, addCalendarDays(dl, rng.int(0, 3)));
    licence.suspendedFrom = from;
    licence.suspendedUntil = min(maxSuspendUntil(from), addCalendarDays(from, rng.int(90, 330)));
    licence.updatedAt = `${from}T01:30:00.000Z`;
  } else if (type === 'closure' || type === 'resume') {
    if (type === 'resume') [licence.suspendedFrom, licence.suspendedUntil] = [null, null];
    licence.updatedAt = `${dl}T02:00:00.000Z`;
  }
}

const min = (a: string, b: string): string => (compareDates(a, b) <= 0 ? a : b);
