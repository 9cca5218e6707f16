/** The seed's application rows and their events, with the small helpers that number and place them. */
import { cellToLatLng } from 'h3-js';
import type { ApplicationStatus } from '../../core/application-state';
import type { BusinessType } from '../../core/business-types';
import { todayInChina } from '../../core/dates';
import type { ActorKind } from '../../core/roles';
import type { TerminationGround } from '../../core/termination';
import { type Place, round6 } from './geo';
import type { Rng } from './prng';

export interface ApplicationRow {
  id: string;
  ref: string;
  applicantId: string;
  unit: string;
  type: BusinessType;
  status: ApplicationStatus;
  licenceId: string | null;
  shopName: string;
  address: string;
  lat: number | null;
  lng: number | null;
  /** The market grid of a new shop's premises, as submission sets it (layout gate and queue). */
  gridId: string | null;
  formJson: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  decidedOn: string | null;
  deliveredOn: string | null;
  /** 终止办理: the day, the ground and the facts (from the case's terminate step). */
  terminatedOn: string | null;
  terminationGround: TerminationGround | null;
  terminationReason: string | null;
  deadline: string | null;
  extended: boolean;
  correctionRequested: boolean;
  assignedInspectorId: string | null;
  /** Officers assigned to its inspection, the lead first (case_inspectors). */
  inspectorIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  events: EventRow[];
}

export interface EventRow {
  at: string;
  actorKind: ActorKind;
  actorId: string | null;
  actorName: string;
  action: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  reason: string | null;
  data: Record<string, unknown> | null;
}

/** The China date of an event (`at` is UTC): the worker's today when it happened. */
export const dayOf = (at: string): string => todayInChina(new Date(at));

/** Sorts by creation, then gives ids and unique refs XK{yyyymmdd of creation}{6 digits}. */
export function numberApplications(apps: ApplicationRow[], rng: Rng): void {
  apps.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const refs = new Set<string>();
  apps.forEach((a, i) => {
    a.id = `app_${String(i + 1).padStart(6, '0')}`;
    // created_at is UTC; the ref carries the China date, which is the same (08:00–22:00 CST).
    const day = a.createdAt.slice(0, 10).replaceAll('-', '');
    do a.ref = `XK${day}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
    while (refs.has(a.ref));
    refs.add(a.ref);
  });
}

/** A point in the middle of an H3 cell (the demo's refused case sits in a full grid). */
export function placeInCell(cell: string, klass: Place['klass']): Place {
  const [lat, lng] = cellToLatLng(cell);
  return { lat: round6(lat), lng: round6(lng), cell, klass, town: null };
}
