/**
 * `GET /api/openapi.json`: the API described for other systems, from the router it runs on.
 * Built once per isolate (the routes cannot change while it lives).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { openapiDocument, type MountedRoute } from './openapi.document';

export function openapiRoutes(routes: () => readonly MountedRoute[]) {
  let doc: Record<string, unknown> | null = null;
  return new Hono<AppEnv>().get('/', (c) => {
    doc ??= openapiDocument(routes());
    return c.json(doc);
  });
}
