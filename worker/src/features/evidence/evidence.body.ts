/**
 * The evidence uploads' bodies: their size limits and declared types, for the API's body-size
 * and body-type middleware (every other route takes JSON of the usual size).
 */
import type { ErrorCode } from '../../../core/errors';
import {
  BUNDLE_TYPES,
  CHUNK_TYPES,
  EVIDENCE_BUNDLE_MAX_BYTES,
  EVIDENCE_CHUNK_MAX_BYTES,
  EVIDENCE_CHUNK_PATH,
  EVIDENCE_STILL_MAX_BYTES,
  EVIDENCE_STILL_PATH,
  EVIDENCE_VERIFY_PATH,
  STILL_TYPES,
} from '../../../core/remote-evidence';

const UPLOADS: {
  match: (path: string) => boolean;
  max: number;
  types: string[];
  large: ErrorCode;
  badType: ErrorCode;
}[] = [
  {
    match: (p) => EVIDENCE_CHUNK_PATH.test(p),
    max: EVIDENCE_CHUNK_MAX_BYTES,
    types: CHUNK_TYPES,
    large: 'EVIDENCE_CHUNK_TOO_LARGE',
    badType: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    match: (p) => EVIDENCE_STILL_PATH.test(p),
    max: EVIDENCE_STILL_MAX_BYTES,
    types: STILL_TYPES,
    large: 'EVIDENCE_STILL_INVALID',
    badType: 'EVIDENCE_STILL_INVALID',
  },
  {
    match: (p) => p === EVIDENCE_VERIFY_PATH,
    max: EVIDENCE_BUNDLE_MAX_BYTES,
    types: BUNDLE_TYPES,
    large: 'EVIDENCE_BUNDLE_TOO_LARGE',
    badType: 'EVIDENCE_BUNDLE_INVALID',
  },
];

const uploadOf = (path: string) => UPLOADS.find((u) => u.match(path));

/** The body limit of an evidence upload path, or null for any other path. */
export function evidenceBodyLimit(path: string): number | null {
  return uploadOf(path)?.max ?? null;
}

/** The refusal of a body over the limit on an evidence upload path. */
export function evidenceTooLarge(path: string): ErrorCode | null {
  return uploadOf(path)?.large ?? null;
}

/**
 * For an evidence upload path, the refusal of its declared type (null: accepted); undefined
 * for any other path (the usual JSON rule applies).
 */
export function evidenceTypeProblem(
  path: string,
  mediaType: string | null,
): ErrorCode | null | undefined {
  const u = uploadOf(path);
  if (!u) return undefined;
  return mediaType && u.types.includes(mediaType) ? null : u.badType;
}
