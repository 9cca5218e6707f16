/**
 * Sending a finished form. A submission carries the draft's idempotency key; when the network
 * fails it goes to the outbox instead, to be sent (with the same key) once the server is
 * reachable. A refusal by the server (validation, preconditions) comes straight back.
 */
import type { ApplicationDetail, SubmissionRequest } from '@core/api';
import { ApiError, api, read } from '../../app/api';
import { enqueue } from '../../app/outbox';
import type { LocalDraft } from './drafts.store';

export type SubmitOutcome =
  | { kind: 'done'; application: ApplicationDetail }
  | { kind: 'queued' }
  | { kind: 'refused'; error: ApiError };

/** Network trouble or a server in trouble: worth retrying later with the same key. */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  return err.code === 'NETWORK' || err.status === 0 || err.status >= 500;
}

export function submissionBody(d: LocalDraft, form: Record<string, unknown>): SubmissionRequest {
  return {
    idempotencyKey: d.idempotencyKey,
    type: d.type,
    form,
    ...(d.onServer ? { draftId: d.id } : {}),
    ...(d.licenceId ? { licenceId: d.licenceId } : {}),
  };
}

export async function submitDraft(
  d: LocalDraft,
  form: Record<string, unknown>,
): Promise<SubmitOutcome> {
  const body = submissionBody(d, form);
  try {
    const res = await read(api.my.applications.submissions.$post({ json: body }));
    return { kind: 'done', application: res.application };
  } catch (err) {
    if (isTransient(err)) {
      await enqueue({
        key: d.idempotencyKey,
        body,
        ownerId: d.ownerId,
        tag: d.id,
      });
      return { kind: 'queued' };
    }
    return { kind: 'refused', error: err as ApiError };
  }
}

/** 补正后重新提交: the whole corrected form, against the case version the applicant saw. */
export async function resubmit(
  id: string,
  version: number,
  form: Record<string, unknown>,
): Promise<SubmitOutcome> {
  try {
    const res = await read(
      api.my.applications[':id'].resubmit.$post({
        param: { id: encodeURIComponent(id) },
        json: { version, form },
      }),
    );
    return { kind: 'done', application: res.application };
  } catch (err) {
    if (err instanceof ApiError) return { kind: 'refused', error: err };
    throw err;
  }
}
