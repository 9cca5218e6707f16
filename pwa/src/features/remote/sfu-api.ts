/**
 * The browser's side of the worker's SFU proxy (`…/inspections/:id/media/…`): same-origin JSON
 * calls whose shapes follow the Realtime API's own (core/room-media.ts). No secret is ever
 * here: the worker calls the SFU. A refusal is thrown as an SfuApiError with the API's code.
 */
import type { MediaCloseAnswer, MediaTracksAnswer, MediaTracksInput } from '@core/room-media';

export class SfuApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(`${status} ${code}`);
  }
}

export interface SfuApi {
  session(): Promise<{ sessionId: string }>;
  tracks(body: MediaTracksInput): Promise<MediaTracksAnswer>;
  renegotiate(body: { sessionId: string; answer: { type: 'answer'; sdp: string } }): Promise<void>;
  close(body: { sessionId: string; mids: string[] }): Promise<MediaCloseAnswer>;
}

/** The proxy of one inspection, for staff (`/api/inspections`) or the applicant (`/api/my/…`). */
export function sfuApi(
  side: 'staff' | 'applicant',
  inspectionId: string,
  fetcher: typeof fetch = (...a) => fetch(...a),
): SfuApi {
  const base = `/api/${side === 'staff' ? '' : 'my/'}inspections/${encodeURIComponent(inspectionId)}/media`;
  const send = async <T>(method: 'POST' | 'PUT', path: string, body?: unknown): Promise<T> => {
    let res: Response;
    try {
      res = await fetcher(`${base}${path}`, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new SfuApiError('NETWORK', 0);
    }
    const data = (await res.json().catch(() => null)) as
      (T & { error?: { code?: unknown } }) | null;
    if (!res.ok) {
      const code = typeof data?.error?.code === 'string' ? data.error.code : 'UNEXPECTED';
      throw new SfuApiError(code, res.status);
    }
    return data as T;
  };
  return {
    session: () => send('POST', '/session'),
    tracks: (body) => send('POST', '/tracks/new', body),
    renegotiate: async (body) => {
      await send('PUT', '/renegotiate', body);
    },
    close: (body) => send('PUT', '/tracks/close', body),
  };
}
