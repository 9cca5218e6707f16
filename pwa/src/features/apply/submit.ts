/**
 * Sending a finished form: a submission, or the corrected form after 补正 (resubmission). Each
 * carries its idempotency key and the applicant's consent; when the network fails it goes to
 * the outbox instead, to be sent (with the same key) once the server is reachable, and photos
 * still waiting on the device go with it. A refusal by the server comes straight back.
 */
import type { ApplicationDetail, ConsentInput, SubmissionRequest } from '@core/api';
import { api, read, type ApiError } from '../../app/api';
import { enqueue, isTransient } from '../../app/outbox';
import type { LocalDraft } from './drafts.store';
import { pendingOf, uploadPending } from './pending-photos';
import { attachmentKinds } from './required';

export type SubmitOutcome =
  | { kind: 'done'; application: ApplicationDetail }
  | { kind: 'queued' }
  | { kind: 'refused'; error: ApiError };

/** Stands in for a photo that waits on the device, until the outbox has uploaded it. */
const WAITING = 'waiting:';

/**
 * The photos of the draft still on the device, by kind (only kinds this form sends). The
 * form is checked with a stand-in for each, so a photo waiting for the network is not "missing".
 */
export async function waitingPhotos(d: LocalDraft): Promise<Record<string, string>> {
  const kinds = attachmentKinds(d.type, d.form);
  const all = await pendingOf(d.id);
  return Object.fromEntries(Object.entries(all).filter(([kind]) => kinds.has(kind)));
}

/** `form` with a stand-in attachment id for each waiting photo (newer than what was there). */
export function withWaitingPhotos<T extends Record<string, unknown>>(
  form: T,
  photos: Record<string, string>,
): T {
  if (Object.keys(photos).length === 0) return form;
  const att = { ...((form.attachments ?? {}) as Record<string, string>) };
  for (const kind of Object.keys(photos)) att[kind] = `${WAITING}${kind}`;
  return { ...form, attachments: att };
}

/** Uploads what it can now; answers the form with those ids, and the photos still waiting. */
async function uploadNow(
  form: Record<string, unknown>,
  photos: Record<string, string>,
): Promise<{ form: Record<string, unknown>; waiting: Record<string, string> }> {
  const att = { ...((form.attachments ?? {}) as Record<string, string>) };
  const waiting: Record<string, string> = {};
  for (const [kind, key] of Object.entries(photos)) {
    try {
      att[kind] = await uploadPending(key, kind);
    } catch (err) {
      if (!isTransient(err)) throw err;
      waiting[kind] = key;
    }
  }
  // Forms without photos (补办, 停业 …) have no attachments key: the schema is strict.
  if (Object.keys(photos).length === 0) return { form, waiting };
  return { form: { ...form, attachments: att }, waiting };
}

export function submissionBody(
  d: LocalDraft,
  form: Record<string, unknown>,
  consent: ConsentInput,
): SubmissionRequest {
  return {
    idempotencyKey: d.idempotencyKey,
    type: d.type,
    form,
    consent,
    ...(d.onServer ? { draftId: d.id } : {}),
    ...(d.licenceId ? { licenceId: d.licenceId } : {}),
  };
}

/**
 * 提交申请 or 提交补正材料 (when `d` is a correction): sent now, or queued when the network (or
 * a photo's upload) fails; a refusal comes back with its reasons.
 */
export async function send(
  d: LocalDraft,
  checked: Record<string, unknown>,
  consent: ConsentInput,
  photos: Record<string, string>,
): Promise<SubmitOutcome> {
  let uploaded: Awaited<ReturnType<typeof uploadNow>>;
  try {
    uploaded = await uploadNow(checked, photos);
  } catch (err) {
    return { kind: 'refused', error: err as ApiError };
  }
  const { form, waiting } = uploaded;
  const correction = d.mode === 'correction' ? d.correction : null;
  const request = correction
    ? ({
        kind: 'resubmit',
        caseId: d.id,
        body: { idempotencyKey: d.idempotencyKey, version: correction.version, form, consent },
      } as const)
    : ({ kind: 'submit', body: submissionBody(d, form, consent) } as const);
  const queue = async (): Promise<SubmitOutcome> => {
    await enqueue({
      key: d.idempotencyKey,
      request,
      ownerId: d.ownerId,
      tag: d.id,
      ...(Object.keys(waiting).length ? { photos: waiting } : {}),
    });
    return { kind: 'queued' };
  };
  // A photo that could not go up yet: the whole request waits for the network with it.
  if (Object.keys(waiting).length) return queue();
  try {
    const res =
      request.kind === 'resubmit'
        ? await read(
            api.my.applications[':id'].resubmit.$post({
              param: { id: encodeURIComponent(d.id) },
              json: request.body,
            }),
          )
        : await read(api.my.applications.submissions.$post({ json: request.body }));
    return { kind: 'done', application: res.application };
  } catch (err) {
    if (isTransient(err)) return queue();
    return { kind: 'refused', error: err as ApiError };
  }
}
