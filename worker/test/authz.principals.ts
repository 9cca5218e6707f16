/**
 * Who the authorization matrix calls as (the test world's principals) and what a probe is:
 * shared by the matrix's parts.
 */
import type { Seeded } from './fixtures';

export const PRINCIPALS = [
  'anonymous',
  'applicantA',
  'applicantB',
  'clerk',
  'clerkKuiwen',
  'approver',
  'inspector',
  'inspector2',
  'admin',
] as const;
export type Principal = (typeof PRINCIPALS)[number];

export const APPLICANTS: Principal[] = ['applicantA', 'applicantB'];
export const STAFF: Principal[] = [
  'clerk',
  'clerkKuiwen',
  'approver',
  'inspector',
  'inspector2',
  'admin',
];
export const SIGNED_IN: Principal[] = [...APPLICANTS, ...STAFF];
export const EVERYONE: Principal[] = ['anonymous', ...SIGNED_IN];

/** The test world's extra objects (authz.test.ts creates them). */
export interface World extends Seeded {
  /** A webhook subscription and a given-up delivery of it (world.integrations.ts). */
  webhook: string;
  failedDelivery: string;
  /** Attachments: A's on app_a, B's on app_b, A's not yet on a case. */
  attA: string;
  attB: string;
  attAFree: string;
  notificationA: string;
  notificationB: string;
  /** A market grid of 潍城区 and a point inside it. */
  grid: string;
  lat: number;
  lng: number;
  /** Drafts of A and of B. */
  draftA: string;
  draftB: string;
  /** A case of A sent back for corrections (补正). */
  correctionA: string;
  /** An active licence of A in the test grid. */
  licenceA: string;
  /** A cancelled (注销) licence of A. */
  cancelledLicenceA: string;
  /** A case of A accepted by the window (潍城区). */
  acceptedA: string;
  /** 受理通知书 issued on appA (潍城区), appB (奎文区) and appInspection (潍城区). */
  docA: string;
  docB: string;
  docInspection: string;
  /** A case of A refused yesterday-ish (潍城区), inside its rating window, not rated. */
  doneA: string;
  /** A finished case of A rated 非常不满意, its follow-up open (潍城区), and that rating. */
  ratedA: string;
  ratingA: string;
  /** A 潍城区 supervision plan (drawn by the city approver) and a declared conflict. */
  plan: string;
  conflict: string;
  /** A done check of acceptedA by both 潍城区 inspectors, its record confirmed, and its photo. */
  taskDone: string;
  taskPhoto: string;
  /** A remote inspection (云上核查) of appInspection: inspector leads, inspector2 observes. */
  remoteA: string;
}

export interface Probe {
  /** What this request shows (own case, other county …). */
  name: string;
  path: (w: World) => string;
  body?: (w: World) => unknown;
  headers?: Record<string, string>;
  /** Who passes authorization; everybody else must be refused. */
  allow: readonly Principal[];
}

/** A minimal JPEG (the upload sniffs the first bytes and wants at least 64 of them). */
export function jpeg(): Uint8Array {
  const bytes = new Uint8Array(200).fill(7);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}
