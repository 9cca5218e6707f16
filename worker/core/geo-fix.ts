/**
 * Where a party of a remote inspection (云上核查) was, as their device said: the browser's
 * geolocation fix, or why there is none. Positions are evidence only "where the device gave
 * it": a refused or unavailable position never blocks the call, and the sealed manifest says
 * plainly that it was not given. Validated with these schemas at every boundary (room frames,
 * manifest).
 */
import { z } from 'zod';

/** Why a party has no position: their answer to the browser, or the device's. */
export const GEO_NOT_GIVEN = ['denied', 'unavailable', 'timeout', 'unsupported'] as const;
export type GeoNotGiven = (typeof GEO_NOT_GIVEN)[number];

/** Accuracy worse than this (metres) is no position at all (a country-wide IP guess). */
export const GEO_MAX_ACCURACY_M = 50_000;

/** What a browser reports: a fix (WGS-84 degrees, accuracy radius in metres, its time). */
export const geoReportSchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('given'),
      lat: z.number().min(-90).max(90),
      lng: z.number().min(-180).max(180),
      accuracy: z.number().min(0).max(GEO_MAX_ACCURACY_M),
      /** When the device took the fix (its own clock). */
      at: z.iso.datetime({ offset: true }),
    })
    .strict(),
  z.object({ status: z.literal('not_given'), reason: z.enum(GEO_NOT_GIVEN) }).strict(),
]);
export type GeoReport = z.infer<typeof geoReportSchema>;

/** A report as the server kept it: with the server's own time of receipt. */
export type GeoEntry = GeoReport & { receivedAt: string };

/**
 * A position in a sealed manifest: the report with its receipt time, or `not_given` with the
 * reason (`not_reported` when the device never sent anything, e.g. a desktop browser).
 */
export const manifestPositionSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('given'),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    accuracy: z.number().min(0),
    at: z.string(),
    receivedAt: z.string(),
  }),
  z.object({
    status: z.literal('not_given'),
    reason: z.enum([...GEO_NOT_GIVEN, 'not_reported']),
  }),
]);
export type ManifestPosition = z.infer<typeof manifestPositionSchema>;

export const NOT_REPORTED: ManifestPosition = { status: 'not_given', reason: 'not_reported' };

/** Degrees kept to 6 places (about 0.1 m) and accuracy to whole metres. */
export function tidyReport(r: GeoReport): GeoReport {
  if (r.status !== 'given') return r;
  const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
  return { ...r, lat: round6(r.lat), lng: round6(r.lng), accuracy: Math.round(r.accuracy) };
}

/** Whether `next` says nothing new over `prev` (same place and accuracy, or the same refusal). */
export function sameReport(prev: GeoReport | undefined, next: GeoReport): boolean {
  if (!prev || prev.status !== next.status) return false;
  if (prev.status === 'not_given' || next.status === 'not_given')
    return (
      prev.status === 'not_given' && next.status === 'not_given' && prev.reason === next.reason
    );
  return prev.lat === next.lat && prev.lng === next.lng && prev.accuracy === next.accuracy;
}

/** The manifest's form of a kept entry (or `not_reported` when there is none). */
export function manifestPosition(e: GeoEntry | undefined | null): ManifestPosition {
  if (!e) return NOT_REPORTED;
  if (e.status === 'not_given') return { status: 'not_given', reason: e.reason };
  return {
    status: 'given',
    lat: e.lat,
    lng: e.lng,
    accuracy: e.accuracy,
    at: e.at,
    receivedAt: e.receivedAt,
  };
}

/** The positions a sealed manifest records, as the verify pages show them. */
export interface ManifestLocation {
  /** The applicant's position with the consent. */
  consent: ManifestPosition;
  /** Each party's last position in the call. */
  parties: { role: 'lead_inspector' | 'observer' | 'applicant'; position: ManifestPosition }[];
  /** Where the applicant and the lead were at each still. */
  stills: { path: string; gps: { applicant: ManifestPosition; lead: ManifestPosition } }[];
}
