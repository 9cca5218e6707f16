/** What an attachment may be, told from its bytes, and the name it is served under. */

/** Largest upload: the PWA compresses photos to ≤ 2000 px JPEG, far below this. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

/** The types an upload may declare and be stored as (the PWA sends JPEG photos and PDFs). */
export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const EXTENSION: Record<AttachmentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** The real type of a file from its first bytes; the declared content type is not trusted. */
export function sniffType(bytes: Uint8Array): AttachmentType | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

/** A stored type still on the list (rows are only written sniffed; this guards old rows). */
export function isAttachmentType(type: string): type is AttachmentType {
  return (ATTACHMENT_TYPES as readonly string[]).includes(type);
}

/**
 * `Content-Disposition` for serving: a name made only of the kind, the id and the extension of
 * the sniffed type (all ASCII we chose), so no uploaded text reaches the header.
 */
export function contentDisposition(kind: string, id: string, type: AttachmentType): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) || 'file';
  return `inline; filename="${safe(kind)}-${safe(id).slice(0, 8)}.${EXTENSION[type]}"`;
}
