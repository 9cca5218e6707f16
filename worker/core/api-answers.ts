/**
 * Answers of the API that have no older home in api.ts: what a handler returns is annotated
 * with one of these, and the PWA's typed client (`hc<AppType>`) reads them from the handlers.
 */
import type { DocumentKind } from './documents';
import type { ComplianceView } from './supervision-api';
import type { ApplicationStatus } from './application-state';
import type { BusinessType, LicenceStatus } from './business-types';
import type { CapacityComputation } from './capacity';
import type { CountySource } from './county';
import type { LayoutVerdict } from './layout';
import type { SaturationLevel } from './saturation';
import type { ApplicationDetail, Me, QueueItem, SchoolView } from './api';
import type { AttachmentKind } from './attachments';
import type { GridKind, SchoolKind } from './layout-kinds';

// ---- Who is signed in ----

/** Every answer about the signed-in user: who am I, signed in, real name bound. */
export interface MeAnswer {
  user: Me;
}

/** `POST /api/auth/sms/request`: a code was sent; when another may be asked for. */
export interface SmsCodeSent {
  sent: true;
  resendAfterSeconds: number;
  expiresInSeconds: number;
}

/** A full ID number, read with a reason (staff) or by its holder; the read is audited. */
export interface IdNumberAnswer {
  idNumber: string;
}

/** An applicant's full phone number, read by staff with a reason (to call back); audited. */
export interface PhoneAnswer {
  phone: string;
}

/** A county-level unit: code, name, kind (district, county, county-level city) and seat. */
export interface JurisdictionUnit {
  code: string;
  name: string;
  kind: string;
  /** [lng, lat] of the seat of government. */
  seat: [number, number];
}

/** `GET /api/jurisdictions`: the city and its county-level units. */
export interface JurisdictionsView {
  city: { code: string; name: string; centre: [number, number] } | null;
  units: JurisdictionUnit[];
}

// ---- Cases ----

/** A list of cases without paging (the applicant's cases, the staff's warnings). */
export interface QueueList {
  items: QueueItem[];
}

/** Every answer that returns one case: read, draft created or saved, an action taken. */
export interface ApplicationAnswer {
  application: ApplicationDetail;
}

/**
 * An applicant's write that carries an idempotency key (submission, resubmission, withdrawal):
 * the case, and whether this was a replay.
 */
export interface SubmissionAnswer extends ApplicationAnswer {
  /** The idempotency key was already used: the case as it is, nothing new. */
  replayed: boolean;
}

/** `DELETE /api/my/applications/:id`: the draft that is gone. */
export interface DraftDeletedAnswer {
  deleted: string;
}

/** The answer to an upload (`POST /api/my/attachments?kind=…`, 201). */
export interface UploadedAttachment {
  id: string;
  kind: AttachmentKind;
  contentType: string;
  size: number;
  sha256: string;
}

/** One message of the applicant's inbox (消息), in the caller's language. */
export interface InboxItem {
  id: string;
  applicationId: string | null;
  template: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** `GET /api/my/notifications`: the latest messages and how many are unread. */
export interface InboxView {
  items: InboxItem[];
  unread: number;
}

// ---- Workbench ----

/** `GET /api/stats`: the workbench's counts over the caller's counties (drafts aside). */
export interface WorkbenchStats {
  /** Cases with a running clock (open, or approved awaiting delivery). */
  openTotal: number;
  overdue: number;
  byStatus: Record<string, number>;
  byType: Record<string, number>;
  /** Follow-ups of bad ratings not answered by their due day (好差评, flagged to approvers). */
  followUpsLate: number;
}

/** A colleague as an assignment list shows them (`GET /api/staff/inspectors`). */
export interface StaffMember {
  id: string;
  displayName: string;
}

// ---- Layout and the staff map ----

/** The layout check of one point (`POST /api/layout/check`, and on a 新办 case's page). */
export interface LayoutCheckResult extends LayoutVerdict {
  point: { lat: number; lng: number; county: string };
  grid: { id: string; kind: GridKind; capacity: number; count: number; exists: boolean };
  nearest: { name: string; address: string; distanceM: number; lat: number; lng: number }[];
  school: { name: string; kind: SchoolKind; distanceM: number } | null;
  rules: { minSpacingM: number; schoolBufferM: number };
}

/** A county-level unit by code and name. */
export interface CountyRef {
  code: string;
  name: string;
}

/**
 * Where a point lies by core's county rule (core/county.ts): `GET /api/layout/county`, and in
 * every answer of `POST /api/layout/check`. More than one candidate: the point is ambiguous and
 * the applicant may choose among them (and only them).
 */
export interface CountyAnswer {
  county: CountyRef;
  source: CountySource;
  candidates: CountyRef[];
}

/** `POST /api/layout/check`: the check, and the county the point lies in. */
export interface LayoutCheckAnswer extends LayoutCheckResult {
  county: CountyAnswer;
}

/** `GET /api/layout/county`. */
export type LayoutCountyAnswer = CountyAnswer;

/**
 * `GET /api/applications/:id/layout`: the layout check of a 新办 (null for other types or a case
 * without a location). `asOf` says which: the check recorded when the case was decided, or one
 * computed now (an open case, or a decision made before checks were recorded).
 */
export interface CaseLayoutAnswer {
  layout: LayoutCheckResult | null;
  asOf:
    | { kind: 'decision'; at: string; actor: string; action: 'approve' | 'refuse' }
    | { kind: 'now'; decided: boolean };
}

/** The raster basemap the worker proxies (tiles under /api/map/tiles); none offline. */
export interface BasemapConfig {
  tiles: string;
  attribution: string;
  maxZoom: number;
}

/** `GET /api/map/config`. */
export interface MapConfigView {
  basemap: BasemapConfig | null;
}

/** A grid's numbers, queue and retailers, behind a click on the staff map. */
export interface GridDetailView {
  id: string;
  kind: string;
  name: string | null;
  county: string;
  capacity: number;
  count: number;
  level: SaturationLevel;
  free: number;
  computation: CapacityComputation;
  capacityComputed: number;
  override: number | null;
  overrideReason: string | null;
  /** 轮候: accepted 新办 cases waiting for a place, in order. */
  queue: { id: string; ref: string; accepted_on: string }[];
  retailers: {
    id: string;
    number: string;
    shopName: string;
    status: LicenceStatus;
    address: string;
    lat: number;
    lng: number;
  }[];
  updatedAt: string | null;
}

/** A licence at a clicked point, with the history of the cases the caller may read. */
export interface RetailerLicence {
  id: string;
  number: string;
  holderName: string;
  shopName: string;
  status: LicenceStatus;
  issuedOn: string;
  expiresOn: string;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
  address: string;
  lat: number;
  lng: number;
  gridId: string | null;
  county: string;
  /** 零售客户守法分类: the class, its score and when the next routine check is due. */
  compliance: ComplianceView;
  history: {
    ref: string;
    type: BusinessType;
    status: ApplicationStatus;
    at: string;
    action: string;
    toStatus: ApplicationStatus;
    actor: string;
  }[];
}

/** `GET /api/map/retailers/at`. */
export interface RetailersAtView {
  licences: RetailerLicence[];
}

/** `GET /api/schools`. */
export interface SchoolList {
  total: number;
  schools: SchoolView[];
}

// ---- E-licence (电子许可证) and its public verify page ----

/** One official document (文书) of a case, as its lists show it. */
export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  title: string;
  number: string;
  issuedOn: string;
  signerName: string;
  /** Where its PDF is read, for the caller who listed it. */
  pdfUrl: string;
  /** The document this one corrects, and why; the one that corrected this (it is then void). */
  supersedes: { id: string; number: string; reason: string } | null;
  supersededBy: { id: string; number: string; issuedOn: string } | null;
}

/** `GET …/documents` of a case: every document issued on it, oldest first. */
export interface DocumentsAnswer {
  items: DocumentSummary[];
}

/** `GET /api/my/licences/:id/e-licence`: what the paper licence shows, and its QR code's URL. */
export interface ELicenceAnswer {
  id: string;
  number: string;
  holderName: string;
  shopName: string;
  address: string;
  businessScope: { zh: string; en: string };
  issuedOn: string;
  expiresOn: string;
  issuingBureau: string;
  /** Which printing of the licence this is; older copies' codes no longer verify. */
  issueVersion: number;
  /** The public verify page with the signed token: `…/verify?t=<token>`. */
  verifyUrl: string;
}

/** The non-sensitive fields a verify answer shows (the holder's name masked: 王*国). */
export interface VerifiedLicence {
  number: string;
  shopName: string;
  holderNameMasked: string;
  address: string;
  issuedOn: string;
  expiresOn: string;
  issuingBureau: string;
}

/**
 * `GET /api/public/licences/verify?t=`: always 200 with a status; the licence's public fields
 * only when the token is genuine and current; `today` is the app's date the status is for.
 */
export type LicenceVerifyAnswer =
  | { status: 'invalid'; today: string }
  | {
      status: 'valid' | 'suspended' | 'cancelled' | 'expired';
      today: string;
      licence: VerifiedLicence;
    };
