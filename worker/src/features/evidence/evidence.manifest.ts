/**
 * The sealed manifest of a remote inspection (云上核查): what was checked, by whom, with which
 * consent, and the hash of every recorded chunk, still frame and signature in the evidence
 * bundle. The manifest is serialised canonically (sorted keys, no whitespace) and those exact
 * bytes are what the bureau's key signs, so a verifier needs nothing but the bundle and the
 * public key.
 */
import { z } from 'zod';
import { manifestPositionSchema, type ManifestLocation } from '../../../core/geo-fix';

/**
 * The shape's version. 2 added positions (GPS where the device gave it) for the session and
 * for each still; a version-1 manifest sealed before still reads and verifies as it was signed.
 */
export const MANIFEST_VERSION = 2;

/** Lower-case hex of a SHA-256 digest. */
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** A path inside the bundle: relative, forward slashes, no `..`. */
const BundlePath = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(chunks|stills|signatures)\/[A-Za-z0-9._/-]+$/)
  .refine((p) => !p.split('/').includes('..'), 'no parent segments');

export const ManifestChunk = z.object({
  index: z.number().int().min(0),
  path: BundlePath,
  offset: z.number().int().min(0),
  length: z.number().int().min(1),
  sha256: Sha256Hex,
  /** h_i = SHA256(h_{i-1} ‖ i ‖ offset ‖ length ‖ sha256_i): see chain.ts. */
  chain: Sha256Hex,
});
export type ManifestChunk = z.infer<typeof ManifestChunk>;

export const ManifestRecording = z.object({
  id: z.string().min(1).max(80),
  /** Whose camera, or `composed` when both sides are mixed into one file. */
  side: z.enum(['inspector', 'applicant', 'composed']),
  mimeType: z.string().min(1).max(100),
  startedAt: z.string(),
  chunks: z.array(ManifestChunk),
});
export type ManifestRecording = z.infer<typeof ManifestRecording>;

export const ManifestFile = z.object({ path: BundlePath, sha256: Sha256Hex, length: z.number() });
export type ManifestFile = z.infer<typeof ManifestFile>;

/** Where the applicant and the lead inspector were when a still was taken. */
export const ManifestStillPositions = z.object({
  applicant: manifestPositionSchema,
  lead: manifestPositionSchema,
});
export const ManifestStill = ManifestFile.extend({ gps: ManifestStillPositions });
export type ManifestStill = z.infer<typeof ManifestStill>;

export const ManifestResult = z.object({
  itemId: z.string(),
  title: z.string(),
  result: z.enum(['pass', 'fail', 'not_applicable']),
  note: z.string().optional(),
  at: z.string(),
  stills: z.array(z.string()),
});

export const ManifestParty = z.object({
  role: z.enum(['lead_inspector', 'observer', 'applicant']),
  /** Masked as in staff views (张*三); phones masked (138****0000). */
  name: z.string(),
  phone: z.string().optional(),
  signedAt: z.string().optional(),
  signature: z.string().optional(),
});

const ManifestCommon = {
  inspection: z.object({
    id: z.string(),
    caseId: z.string(),
    licenceKind: z.string(),
    checklist: z.object({ id: z.string(), version: z.number().int() }),
    startedAt: z.string(),
    endedAt: z.string(),
    outcome: z.enum(['pass', 'fail']),
  }),
  parties: z.array(ManifestParty),
  consent: z.object({ at: z.string(), by: z.literal('applicant') }),
  results: z.array(ManifestResult),
  recordings: z.array(ManifestRecording),
  signatures: z.array(ManifestFile),
  seal: z.object({
    /** The signature suite: `ed25519` now; an SM2/SM3 suite can be added without a new shape. */
    suite: z.string(),
    keyFingerprint: Sha256Hex,
    sealedAt: z.string(),
  }),
};

/** Version 1 (sealed before positions were recorded): kept readable for old bundles. */
export const EvidenceManifestV1 = z.object({
  version: z.literal(1),
  ...ManifestCommon,
  gps: z
    .array(z.object({ role: z.string(), lat: z.number(), lng: z.number(), at: z.string() }))
    .default([]),
  stills: z.array(ManifestFile),
});

/** The session's positions: the applicant's with the consent, and each party's last one. */
export const ManifestSessionPositions = z.object({
  consent: manifestPositionSchema,
  parties: z.array(
    z.object({
      role: z.enum(['lead_inspector', 'observer', 'applicant']),
      position: manifestPositionSchema,
    }),
  ),
});

export const EvidenceManifestV2 = z.object({
  version: z.literal(2),
  ...ManifestCommon,
  gps: ManifestSessionPositions,
  stills: z.array(ManifestStill),
});

export const EvidenceManifest = z.discriminatedUnion('version', [
  EvidenceManifestV1,
  EvidenceManifestV2,
]);
export type EvidenceManifest = z.infer<typeof EvidenceManifest>;
/** What the server writes now. */
export type CurrentManifest = z.infer<typeof EvidenceManifestV2>;
/** A manifest before its seal block (of either version: old ones are re-sealed in tests). */
export type ManifestDraft =
  Omit<z.infer<typeof EvidenceManifestV1>, 'seal'> | Omit<CurrentManifest, 'seal'>;

/** The bundle's fixed files beside the evidence parts. */
export const BUNDLE_MANIFEST = 'manifest.json';
export const BUNDLE_SIGNATURE = 'manifest.sig';
export const BUNDLE_FINGERPRINT = 'public-key.fingerprint';

/** JSON with object keys sorted at every level and no whitespace: the bytes that get signed. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Every evidence part the manifest lists, in bundle order. */
export function manifestParts(m: EvidenceManifest): ManifestFile[] {
  return [
    ...m.recordings.flatMap((r) =>
      r.chunks.map((c) => ({ path: c.path, sha256: c.sha256, length: c.length })),
    ),
    ...m.stills.map((x) => ({ path: x.path, sha256: x.sha256, length: x.length })),
    ...m.signatures,
  ];
}

/** The positions a manifest records, as the verify pages show them (null: version 1, none). */
export function locationOf(m: EvidenceManifest): ManifestLocation | null {
  if (m.version === 1) return null;
  return {
    consent: m.gps.consent,
    parties: m.gps.parties,
    stills: m.stills.map((s) => ({ path: s.path, gps: s.gps })),
  };
}
