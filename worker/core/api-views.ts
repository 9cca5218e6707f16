/**
 * The response shapes of the core screens (who is signed in, the queue, a case and its history,
 * a licence, the dev outbox), split from api.ts, which keeps the request schemas and re-exports
 * these. More answers live in api-answers.ts.
 */
import type { BusinessType, LicenceStatus } from './business-types';
import type { ActorKind, StaffRole } from './roles';
import type { ApplicationStatus } from './application-state';
import type { ClockColour } from './clocks';
import type { TerminationGround } from './termination';
import type { CaseSopView } from './sop';
import type { LayoutOverrideRecord } from './layout-gate';

export interface Jurisdiction {
  code: string;
  name: string;
}

export type Me =
  | {
      kind: 'applicant';
      id: string;
      phoneMasked: string;
      realNameVerified: boolean;
      name: string | null;
      idNumberMasked: string | null;
    }
  | {
      kind: 'staff';
      id: string;
      username: string;
      displayName: string;
      role: StaffRole;
      jurisdictions: Jurisdiction[];
      /** County-level units the account covers (a city-level account: all of them). */
      counties: string[];
      /** Set by an admin or too old: change it before anything else (core/staff-admin.ts). */
      passwordChangeDue: boolean;
    };

export interface QueueItem {
  id: string;
  ref: string;
  type: BusinessType;
  status: ApplicationStatus;
  applicantName: string;
  shopName: string;
  county: Jurisdiction;
  address: string;
  submittedAt: string | null;
  /** ISO date (YYYY-MM-DD) of the current step's deadline, if any. */
  deadline: string | null;
  /** The deadline was counted across a year without holiday data (weekends only): an estimate. */
  deadlineEstimated: boolean;
  workingDaysLeft: number | null;
  clock: ClockColour;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ApplicationEventView {
  id: string;
  at: string;
  /** A staff member's name; for the applicant and the clocks the Chinese word (see actorKind). */
  actor: string;
  /** Who acted, so that the applicant and 系统 can be named in the reader's language. */
  actorKind: ActorKind;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  action: string;
  reason: string | null;
}

export interface CaseTermination {
  on: string;
  ground: TerminationGround;
  reason: string;
}

export interface ApplicationDetail extends QueueItem {
  version: number;
  /** Staff only: the SOP the case runs under, its promised deadline, the levels' opinions. */
  sop?: CaseSopView;
  /** The decision deadline was already extended (once is the legal maximum). */
  extended: boolean;
  /** The licence the case is about or issued (新办 after approval). */
  licenceNumber: string | null;
  applicantIdNumberMasked: string | null;
  /** The applicant's verified phone, masked (staff reveal it with a reason, audited). */
  applicantPhoneMasked: string | null;
  /** Every approval that overrode a layout rule: who, when, which rules, why. */
  layoutOverrides: LayoutOverrideRecord[];
  correctionItems: string[];
  /** 终止办理: the day the bureau ended the case, the ground and the facts it stated. */
  termination: CaseTermination | null;
  form: Record<string, unknown>;
  licenceId: string | null;
  /** Officers assigned to its inspection, the lead first (who may record the result). */
  inspectorIds: string[];
  events: ApplicationEventView[];
}

export interface LicenceView {
  id: string;
  number: string;
  holderName: string;
  shopName: string;
  address: string;
  status: LicenceStatus;
  issuedOn: string;
  expiresOn: string;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
}

export interface OutboxMessage {
  id: string;
  phone: string;
  text: string;
  createdAt: string;
}
