/**
 * Byte uploads of a remote inspection's evidence (recording chunks, still frames): plain fetch
 * with the bytes' SHA-256, every failure thrown as the API's ApiError (status 0: no network).
 */
import { apiErrorFrom } from '../../app/api';
import { locale } from '../../app/i18n';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function putBytes<T>(
  method: 'PUT' | 'POST',
  url: string,
  body: ArrayBuffer,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      body,
      credentials: 'same-origin',
      headers: {
        ...headers,
        'content-type': contentType,
        accept: 'application/json',
        'accept-language': locale.value,
      },
    });
  } catch {
    throw apiErrorFrom(0, null);
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw apiErrorFrom(res.status, data);
  return data as T;
}
