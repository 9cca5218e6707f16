/**
 * Type test of the API client, checked by `npm run typecheck` and never run: each
 * `@ts-expect-error` below must be an error, so a client that lost its route types (an `any`,
 * an untyped fetch helper) fails the build, and so does a worker answer whose field the PWA
 * reads under another name.
 */
import type { ApplicationStatus } from '@core/application-state';
import { api, read } from './api';

/** Answers carry the worker's field names and types. */
export async function answersAreTyped(id: string): Promise<ApplicationStatus[]> {
  const { application } = await read(api.my.applications[':id'].$get({ param: { id } }));
  // @ts-expect-error -- no such field in ApplicationDetail
  void application.reference;
  // @ts-expect-error -- `version` is a number
  const version: string = application.version;
  const page = await read(api.applications.$get({ query: { status: 'open', page: 2 } }));
  // @ts-expect-error -- a page has `items`, not `rows`
  void page.rows;
  const { user } = await read(api.me.$get());
  // @ts-expect-error -- a staff member has no phone; only after narrowing to an applicant
  void user.phoneMasked;
  void version;
  return page.items.map((i) => i.status);
}

/** Bodies, queries and paths are the routes' own. */
export async function requestsAreTyped(id: string): Promise<void> {
  await read(
    api.my.applications.submissions.$post({
      // @ts-expect-error -- not a business type
      json: { idempotencyKey: crypto.randomUUID(), type: 'renew', form: {} },
    }),
  );
  await read(
    api.applications[':id'].actions.$post({
      param: { id },
      // @ts-expect-error -- a refusal lists its reasons
      json: { action: 'refuse', version: 1 },
    }),
  );
  // @ts-expect-error -- the inspectors of a county: the county is required
  await read(api.staff.inspectors.$get({ query: {} }));
  // @ts-expect-error -- not a queue filter
  await read(api.applications.$get({ query: { status: 'pending' } }));
  // @ts-expect-error -- no such route
  await read(api.my.aplications.$get());
}
