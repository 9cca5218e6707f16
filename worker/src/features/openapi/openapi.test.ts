/**
 * The OpenAPI document: valid OpenAPI 3.1 in structure, one operation for every mounted route
 * (the same list the authorization matrix is checked against), each described, and written from
 * the routes' own schemas and guards.
 */
import { describe, expect, it } from 'vitest';
import { app } from '../../index';
import { call } from '../../../test/fixtures';
import { MATRIX } from '../../../test/authz.matrix';
import { ERRORS } from '../../../core/errors';
import { apiRoutes, openapiDocument, openapiPath, routeKey } from './openapi.document';
import { DESCRIPTIONS } from './openapi.descriptions';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** Every `$ref` in `node` that does not resolve inside `doc`. */
function brokenRefs(doc: Json, node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => brokenRefs(doc, n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const target = v
          .replace(/^#\//, '')
          .split('/')
          .reduce<unknown>((n, part) => (n as Json | undefined)?.[part], doc);
        if (!v.startsWith('#/') || target === undefined) out.push(v);
      } else brokenRefs(doc, v, out);
    }
  }
  return out;
}

/** The structural rules of OpenAPI 3.1 this document must keep (spec §4.8). */
function structureProblems(doc: Json): string[] {
  const problems: string[] = [];
  if (doc.openapi !== '3.1.0') problems.push('openapi is not 3.1.0');
  const info = doc.info as Json | undefined;
  if (typeof info?.title !== 'string' || typeof info.version !== 'string') problems.push('info');
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    if (!path.startsWith('/')) problems.push(`${path}: must start with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries(item) as [string, Json][]) {
      const where = `${method} ${path}`;
      if (!METHODS.includes(method)) problems.push(`${where}: unknown method`);
      if (typeof op.operationId !== 'string' || ids.has(op.operationId)) {
        problems.push(`${where}: operationId missing or repeated`);
      }
      ids.add(op.operationId as string);
      if (typeof op.summary !== 'string' || !op.summary) problems.push(`${where}: no summary`);
      const params = (op.parameters ?? []) as Json[];
      const inPath = params.filter((p) => p.in === 'path').map((p) => p.name);
      if (JSON.stringify(inPath.sort()) !== JSON.stringify([...templated].sort())) {
        problems.push(`${where}: path parameters ${inPath.join()} ≠ ${templated.join()}`);
      }
      for (const p of params) {
        if (!['path', 'query', 'header', 'cookie'].includes(p.in as string)) problems.push(where);
        if (p.in === 'path' && p.required !== true) problems.push(`${where}: ${p.name} optional`);
        if (!p.schema && !p.content) problems.push(`${where}: ${p.name} has no schema`);
      }
      const responses = Object.entries((op.responses ?? {}) as Record<string, Json>);
      if (responses.length === 0) problems.push(`${where}: no responses`);
      for (const [status, r] of responses) {
        if (!/^[1-5]\d\d$|^default$/.test(status)) problems.push(`${where}: status ${status}`);
        if (typeof r.description !== 'string') problems.push(`${where} ${status}: description`);
      }
      const body = op.requestBody as Json | undefined;
      if (body && typeof body.content !== 'object') problems.push(`${where}: requestBody`);
      for (const s of (op.security ?? []) as Json[]) {
        for (const name of Object.keys(s)) {
          const schemes = ((doc.components as Json).securitySchemes ?? {}) as Json;
          if (!(name in schemes)) problems.push(`${where}: unknown security ${name}`);
        }
      }
    }
  }
  return [...problems, ...brokenRefs(doc, doc).map((r) => `broken $ref ${r}`)];
}

// Routes whose handler checks the caller itself (no guard middleware to read).
const HANDLER_CHECKED = ['POST /api/auth/staff/password'];

describe('the OpenAPI document', () => {
  it('is served, and is valid OpenAPI 3.1 in structure', async () => {
    const res = await call('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Json;
    expect(structureProblems(doc)).toEqual([]);
  });

  it('describes every mounted route, the same list the authorization matrix covers', () => {
    const mounted = apiRoutes(app.routes).map(routeKey);
    expect(mounted.filter((r) => !(r in DESCRIPTIONS))).toEqual([]);
    expect(Object.keys(DESCRIPTIONS).filter((r) => !mounted.includes(r))).toEqual([]);
    expect(mounted.filter((r) => !(r in MATRIX))).toEqual([]);
    const doc = openapiDocument(app.routes);
    const listed = Object.entries(doc.paths as Record<string, Json>).flatMap(([p, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(listed.sort()).toEqual(
      mounted
        .map((r) => {
          const [m, p] = r.split(' ');
          return `${m} ${openapiPath(p!).path}`;
        })
        .sort(),
    );
  });

  it('takes request bodies, queries and guards from the routes themselves', () => {
    const doc = openapiDocument(app.routes) as { paths: Record<string, Record<string, Json>> };
    const create = doc.paths['/api/admin/staff']!.post!;
    const schema = ((create.requestBody as Json).content as Json)['application/json'] as Json;
    const body = schema.schema as { properties: Json; required: string[] };
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(['username', 'displayName', 'role', 'jurisdictions', 'password']),
    );
    expect(create['x-roles']).toEqual(['admin']);
    expect(Object.keys(create.responses as Json)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '415']),
    );
    // A query schema becomes query parameters; a route no guard protects is said to be open.
    const audit = doc.paths['/api/admin/audit']!.get!;
    expect((audit.parameters as Json[]).every((p) => p.in === 'query')).toBe(true);
    expect(doc.paths['/api/health']!.get!.security).toBeUndefined();
    // A route no guard middleware protects is open on purpose, or its handler checks the caller.
    const unguarded = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.entries(item)
        .filter(([, op]) => !op.security && !(op.description as string).includes('Anyone'))
        .map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    expect(unguarded.sort()).toEqual(HANDLER_CHECKED);
    const codes = Object.keys(ERRORS);
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) {
        for (const [status, r] of Object.entries(op.responses as Record<string, Json>)) {
          if (Number(status) < 400) continue;
          const examples = ((r.content as Json)['application/json'] as Json).examples as Json;
          expect(Object.keys(examples).every((c) => codes.includes(c))).toBe(true);
        }
      }
    }
  });
});
