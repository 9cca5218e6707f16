/**
 * What a route's middleware says about it, recorded when the middleware is made: the zod
 * schema a validator checks, the error codes it answers, who a guard lets through. The OpenAPI
 * document (features/openapi) reads it back from the router, so the document is written from
 * the very schemas and guards the routes run with and cannot drift from them.
 */
import type { z } from 'zod';
import type { ErrorCode } from '../../core/errors';
import type { StaffRole } from '../../core/roles';

export type RouteMeta =
  | { kind: 'input'; target: 'json' | 'query'; schema: z.ZodType; codes: ErrorCode[] }
  | { kind: 'guard'; who: 'signed-in' | 'applicant' | 'staff'; roles: StaffRole[] };

// Keyed by the middleware function itself: nothing is kept for a handler nobody mounts.
const META = new WeakMap<object, RouteMeta>();

/** Records `meta` for `handler` and returns the handler unchanged. */
export function withMeta<H extends object>(handler: H, meta: RouteMeta): H {
  META.set(handler, meta);
  return handler;
}

/** What was recorded for a handler (or the handler a sub-app wrapped), if anything. */
export function metaOf(handler: unknown): RouteMeta | undefined {
  if (typeof handler !== 'function') return undefined;
  const inner = (handler as { __COMPOSED_HANDLER?: unknown }).__COMPOSED_HANDLER;
  return META.get(handler) ?? (inner ? metaOf(inner) : undefined);
}
