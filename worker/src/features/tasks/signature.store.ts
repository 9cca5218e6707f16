/**
 * The shop owner's signature in R2: the strokes with their timing (signature_pad's points, each
 * with its millisecond time) as JSON, and the PNG the pad rendered. The JSON names the PNG's
 * SHA-256, and the record keeps the JSON's SHA-256, so one hash on the record fixes both.
 */
import type { OwnerSignatureInput } from '../../../core/task-record';
import { SIGNATURE_PNG_MAX_BYTES } from '../../../core/task-record';
import type { Env } from '../../env';
import { fromBase64, toHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { sniffType } from '../attachments/attachment-types';

export interface StoredSignature {
  kind: 'signed' | 'refused';
  name: string | null;
  refusal: string | null;
  jsonKey: string | null;
  pngKey: string | null;
  sha256: string | null;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/** The PNG's bytes, or SIGNATURE_INVALID when the data URL holds no PNG. */
function pngOf(dataUrl: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(dataUrl.slice(dataUrl.indexOf(',') + 1));
  } catch {
    throw new AppError('SIGNATURE_INVALID');
  }
  if (sniffType(bytes) !== 'image/png' || bytes.byteLength > SIGNATURE_PNG_MAX_BYTES) {
    throw new AppError('SIGNATURE_INVALID');
  }
  return bytes;
}

/** Checks and stores the signature under the record's key; a refusal stores no object. */
export async function storeSignature(
  env: Env,
  taskId: string,
  recordKey: string,
  sig: OwnerSignatureInput,
): Promise<StoredSignature> {
  if (sig.kind === 'refused') {
    return {
      kind: 'refused',
      name: sig.name?.trim() || null,
      refusal: sig.reason,
      jsonKey: null,
      pngKey: null,
      sha256: null,
    };
  }
  const png = pngOf(sig.png);
  const doc = JSON.stringify({
    name: sig.name,
    width: sig.width,
    height: sig.height,
    strokes: sig.strokes,
    pngSha256: await sha256(png),
  });
  const json = new TextEncoder().encode(doc);
  const hash = await sha256(json);
  const base = `task-records/${taskId}/${recordKey}`;
  const meta = { taskId, sha256: hash };
  await env.EVIDENCE.put(`${base}/signature.png`, png, {
    httpMetadata: { contentType: 'image/png' },
    customMetadata: meta,
  });
  await env.EVIDENCE.put(`${base}/signature.json`, json, {
    httpMetadata: { contentType: 'application/json' },
    customMetadata: meta,
  });
  return {
    kind: 'signed',
    name: sig.name,
    refusal: null,
    jsonKey: `${base}/signature.json`,
    pngKey: `${base}/signature.png`,
    sha256: hash,
  };
}

/** Removes what storeSignature wrote when the record could not be saved. */
export async function dropSignature(env: Env, s: StoredSignature): Promise<void> {
  for (const key of [s.jsonKey, s.pngKey]) if (key) await env.EVIDENCE.delete(key);
}
