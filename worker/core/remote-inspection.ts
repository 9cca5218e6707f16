/**
 * 云上核查: a remote video inspection of one case's premises. Staff of the case's county
 * register it with Weifang's five fields (company, phone, contact, address, deadline), the
 * appointment, two or more inspectors (the first leads the call, the others may observe) and the
 * exact checklist version; the applicant is told and joins from the phone. Who may do what is
 * this file's rule, asked by the worker on every route and by the PWA to decide what to offer.
 */
import { z } from 'zod';
import type { Who } from './access';
import { phoneSchema } from './api';
import type { WorkCalendar } from './calendar';
import { clockColour, type ClockColour } from './clocks';
import { compareDates } from './dates';
import { isoDateField, personName, plainText } from './fields';
import { MAX_OFFICERS, minutesOf } from './tasks';

export const REMOTE_STATES = ['scheduled', 'live', 'sealed', 'cancelled'] as const;
export type RemoteState = (typeof REMOTE_STATES)[number];

export const REMOTE_STATE_LABELS: Record<RemoteState, { zh: string; en: string }> = {
  scheduled: { zh: '已预约', en: 'Scheduled' },
  live: { zh: '核查中', en: 'In progress' },
  sealed: { zh: '已签章归档', en: 'Sealed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** The officers' parts in the call: one leads and records, the others observe. */
export const OFFICER_ROLES = ['lead', 'observer'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/** Two officers or more decide (the two-officer rule holds on a video call too). */
export const MIN_REMOTE_OFFICERS = 2;

const hhmm = z.string().refine((v) => minutesOf(v) !== null, { message: 'must be HH:MM' });
const staffId = z.string().min(1).max(64);

/** Registration from a case in 核查 (the five fields of Weifang's system and the rest). */
export const remoteRegisterSchema = z
  .object({
    applicationId: z.string().min(1).max(64),
    companyName: plainText(2, 60),
    /** Must be the verified phone of the case's applicant (their sign-in number). */
    phone: phoneSchema,
    contactName: personName(),
    address: plainText(4, 120),
    /** The last day the inspection may take place (China date). */
    deadlineOn: isoDateField,
    /** The appointment: a day and a time in China. */
    on: isoDateField,
    at: hhmm,
    leadId: staffId,
    observerIds: z
      .array(staffId)
      .min(1)
      .max(MAX_OFFICERS - 1),
    checklistVersion: z.string().min(1).max(40),
  })
  .strict();
export type RemoteRegisterInput = z.infer<typeof remoteRegisterSchema>;

/** Moving the appointment (staff of the county or the lead); the applicant is told again. */
export const remoteMoveSchema = z
  .object({
    version: z.number().int().positive(),
    on: isoDateField,
    at: hhmm,
    reason: plainText(2, 200),
  })
  .strict();
export type RemoteMoveInput = z.infer<typeof remoteMoveSchema>;

/** Why an appointment cannot be set, or null: from today on, and not after the deadline. */
export function appointmentProblem(
  on: string,
  deadlineOn: string,
  today: string,
): 'past' | 'after_deadline' | null {
  if (compareDates(on, today) < 0 || compareDates(deadlineOn, today) < 0) return 'past';
  return compareDates(on, deadlineOn) > 0 ? 'after_deadline' : null;
}

/** Why a set of officers cannot hold the call, or null (ids are checked against the county). */
export function remoteOfficersProblem(
  leadId: string,
  observerIds: readonly string[],
): 'duplicate' | 'too_few' | 'too_many' | null {
  const all = [leadId, ...observerIds];
  if (new Set(all).size !== all.length) return 'duplicate';
  if (all.length > MAX_OFFICERS) return 'too_many';
  return all.length < MIN_REMOTE_OFFICERS ? 'too_few' : null;
}

/** What the rules need to know about a remote inspection. */
export interface RemoteScope {
  county: string;
  applicantId: string;
  state: RemoteState;
  /** Lead first. */
  officerIds: readonly string[];
}

/**
 * Reading a remote inspection: the applicant of its case; its officers; clerks and approvers
 * of its county; admins (audited by the caller).
 */
export function mayReadRemote(who: Who, r: RemoteScope): boolean {
  if (who.kind === 'applicant') return who.id === r.applicantId;
  if (who.role === 'admin') return true;
  if (who.role === 'inspector') return r.officerIds.includes(who.id);
  return who.counties.includes(r.county);
}

/** Registering one for a case of a county: its clerks and approvers. */
export function mayRegisterRemote(who: Who, county: string): boolean {
  return (
    who.kind === 'staff' &&
    (who.role === 'clerk' || who.role === 'approver') &&
    who.counties.includes(county)
  );
}

/** Moving the appointment: clerks and approvers of the county, and the lead officer. */
export function mayMoveRemote(who: Who, r: RemoteScope): boolean {
  if (who.kind !== 'staff') return false;
  if (who.role === 'inspector') return r.officerIds[0] === who.id;
  return mayRegisterRemote(who, r.county);
}

/** The role an officer plays in the call, or null when they are not one of its officers. */
export function officerRole(r: RemoteScope, staffId: string): OfficerRole | null {
  const i = r.officerIds.indexOf(staffId);
  return i < 0 ? null : i === 0 ? 'lead' : 'observer';
}

/**
 * The inspection's own clock: red once its deadline passed before it was sealed (a missed
 * deadline shows on the case), none once sealed or cancelled.
 */
export function remoteClock(
  state: RemoteState,
  deadlineOn: string,
  today: string,
  cal: WorkCalendar,
): ClockColour {
  if (state === 'sealed' || state === 'cancelled') return 'none';
  return clockColour(deadlineOn, today, cal);
}

/** One remote inspection as staff and the applicant see it (names and phone masked). */
export interface RemoteView {
  id: string;
  applicationId: string;
  caseRef: string;
  county: string;
  state: RemoteState;
  companyName: string;
  phoneMasked: string;
  contactName: string;
  address: string;
  deadlineOn: string;
  on: string;
  at: string;
  checklistVersion: string;
  officers: { id: string; name: string; role: OfficerRole }[];
  clock: ClockColour;
  version: number;
  createdAt: string;
  /** What the caller may do now. */
  may: { move: boolean; join: 'lead' | 'observer' | 'applicant' | null };
}

/** Listing remote inspections: `open` is scheduled or live; `applicationId` one case's. */
export const remoteListQuery = z
  .object({
    state: z.enum([...REMOTE_STATES, 'open', 'all']).default('open'),
    applicationId: z.string().min(1).max(64).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export interface RemotePage {
  items: RemoteView[];
  page: number;
  pageSize: number;
  total: number;
}

/** The states a list filter stands for. */
export function statesOf(filter: RemoteState | 'open' | 'all'): RemoteState[] {
  if (filter === 'all') return [...REMOTE_STATES];
  return filter === 'open' ? ['scheduled', 'live'] : [filter];
}
