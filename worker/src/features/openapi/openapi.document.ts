/**
 * The OpenAPI 3.1 document, written from the router itself: every mounted `/api` route with the
 * zod schemas its validators check (lib/validate.ts), the guard that admits callers
 * (middleware/auth.ts) and the error codes those answer, plus one line saying what it does
 * (openapi.descriptions.ts). Nothing here is declared twice, so the document cannot drift.
 */
import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../../../core/errors';
import { metaOf, type RouteMeta } from '../../lib/route-meta';
import { SESSION_COOKIE } from '../auth/session';
import { VERSION } from '../health/health.routes';
import { DESCRIPTIONS, type RouteDescription } from './openapi.descriptions';

/** The part of Hono's router entry this reads. */
export interface MountedRoute {
  method: string;
  path: string;
  handler: unknown;
}

type Json = Record<string, unknown>;
type Guard = Extract<RouteMeta, { kind: 'guard' }>;
type Input = Extract<RouteMeta, { kind: 'input' }>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const GUARD_CODES: Record<Guard['who'], ErrorCode[]> = {
  'signed-in': ['AUTH_REQUIRED'],
  applicant: ['AUTH_REQUIRED', 'FORBIDDEN'],
  staff: ['AUTH_REQUIRED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED'],
};
const JSON_CODES: ErrorCode[] = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'BODY_TOO_LARGE',
];

/** `METHOD /path` as the router lists it (and the authorization matrix is keyed). */
export const routeKey = (r: { method: string; path: string }): string => `${r.method} ${r.path}`;

/** The API's own routes: one entry per method and path, middleware-only entries aside. */
export function apiRoutes(routes: readonly MountedRoute[]): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/')) continue;
    seen.set(routeKey(r), { method: r.method, path: r.path });
  }
  return [...seen.values()].sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}

/** Whether middleware mounted at `pattern` (`/api/x/*`, or exact) runs for `path`. */
function covers(pattern: string, path: string): boolean {
  if (pattern === path) return true;
  if (!pattern.endsWith('/*')) return false;
  const base = pattern.slice(0, -2);
  return path === base || path.startsWith(`${base}/`);
}

/** The metadata of every handler that runs for a route, in router order. */
function metasFor(routes: readonly MountedRoute[], method: string, path: string): RouteMeta[] {
  return routes
    .filter(
      (r) =>
        (r.method === method && r.path === path) || (r.method === 'ALL' && covers(r.path, path)),
    )
    .map((r) => metaOf(r.handler))
    .filter((m): m is RouteMeta => m !== undefined);
}

/** A zod schema as JSON Schema (2020-12, OpenAPI 3.1's dialect), as callers must send it. */
function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
  }) as Json;
  return rest;
}

/** `/api/x/:id{[0-9]+}` → `/api/x/{id}` and the parameter names. */
export function openapiPath(path: string): { path: string; params: string[] } {
  const params: string[] = [];
  const out = path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, (_m, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return { path: out, params };
}

function queryParameters(input: Input): Json[] {
  const schema = jsonSchema(input.schema);
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

function errorResponses(codes: ReadonlySet<ErrorCode>): Record<string, Json> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = ERRORS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, Json> = {};
  for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    const sorted = [...list].sort();
    out[String(status)] = {
      description: sorted.map((c) => `\`${c}\`: ${ERRORS[c].en}`).join(' '),
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/Error' },
          examples: Object.fromEntries(
            sorted.map((c) => [c, { value: { error: { code: c, message: ERRORS[c].zh } } }]),
          ),
        },
      },
    };
  }
  return out;
}

function who(guard: Guard | undefined, described: RouteDescription): string {
  if (described.token) return `Systems with an API token of scope \`${described.token}\`.`;
  if (!guard)
    return described.public ? 'Anyone, signed in or not.' : 'Checked by the route itself.';
  if (guard.who === 'staff') {
    return guard.roles.length ? `Staff: ${guard.roles.join(', ')}.` : 'Any staff member.';
  }
  return guard.who === 'applicant' ? 'Applicants (shop owners).' : 'Anyone signed in.';
}

/** `PUT /api/admin/staff/:id` → `putAdminStaffId`. */
function operationId(method: string, path: string): string {
  const words = openapiPath(path)
    .path.replace(/^\/api/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function success(described: RouteDescription): Json {
  // A WebSocket upgrade answers no body.
  if (described.status === '101') return { description: 'Switching to a WebSocket.' };
  const type = described.answersType ?? 'application/json';
  return {
    description: 'Success.',
    content: { [type]: { schema: type === 'application/json' ? { type: 'object' } : {} } },
  };
}

function operation(routes: readonly MountedRoute[], method: string, path: string): Json {
  const key = `${method} ${path}`;
  const described = DESCRIPTIONS[key];
  if (!described) throw new Error(`no description for ${key}`);
  const metas = metasFor(routes, method, path);
  // The guard nearest the handler decides (a route's own guard after its sub-app's).
  const guard = metas.filter((m): m is Guard => m.kind === 'guard').at(-1);
  const inputs = metas.filter((m): m is Input => m.kind === 'input');
  const body = inputs.find((i) => i.target === 'json');
  const query = inputs.find((i) => i.target === 'query');
  const { params } = openapiPath(path);
  const codes = new Set<ErrorCode>([
    ...(guard ? GUARD_CODES[guard.who] : []),
    ...inputs.flatMap((i) => i.codes),
    ...(body ? JSON_CODES : []),
    ...(query ? (['VALIDATION_FAILED'] as const) : []),
    ...(UNSAFE.has(method) ? (['CROSS_ORIGIN'] as const) : []),
    ...(described.token ? TOKEN_ERRORS : []),
    ...(described.errors ?? []),
  ]);
  const parameters = [
    ...params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...(query ? queryParameters(query) : []),
  ];
  const requestBody = body
    ? { required: true, content: { 'application/json': { schema: jsonSchema(body.schema) } } }
    : described.upload
      ? { required: true, content: { [described.upload]: { schema: {} } } }
      : undefined;
  return {
    operationId: operationId(method, path),
    summary: described.zh,
    description: `${described.en}\n\nWho: ${who(guard, described)}`,
    tags: [tagOf(path)],
    ...(guard ? { security: [{ session: [] }], 'x-roles': guard.roles } : {}),
    ...(described.token ? { security: [{ apiToken: [] }], 'x-scope': described.token } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: {
      [described.status ?? '200']: success(described),
      ...errorResponses(codes),
    },
  };
}

/** What a token route may answer before its handler runs (the throttle on failed attempts first). */
const TOKEN_ERRORS = [
  'TOKEN_THROTTLED',
  'TOKEN_REQUIRED',
  'TOKEN_INVALID',
  'TOKEN_REVOKED',
  'TOKEN_SCOPE_MISSING',
  'TOKEN_COUNTY_FORBIDDEN',
] as const;

/** The first path segment after /api (after /api/my for an applicant's own things). */
export function tagOf(path: string): string {
  const parts = path.split('/').filter(Boolean).slice(1);
  const head =
    parts[0] === 'my' || parts[0] === 'public' || parts[0] === 'admin'
      ? parts.slice(0, 2)
      : parts.slice(0, 1);
  return head.join('/').replace(/:.*$/, '') || 'api';
}

/** The whole document for the routes a router holds. */
export function openapiDocument(routes: readonly MountedRoute[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const { method, path } of apiRoutes(routes)) {
    const p = openapiPath(path).path;
    paths[p] = { ...paths[p], [method.toLowerCase()]: operation(routes, method, path) };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Xuke 许可微厅 API',
      version: VERSION,
      description:
        'Tobacco retail licence service. Every error answers `{"error": {"code", "message"}}` with a stable code; `Accept-Language: en` gives English messages.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        apiToken: { type: 'http', scheme: 'bearer', description: 'xk_<id>_<secret>' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', enum: Object.keys(ERRORS).sort() },
                message: { type: 'string' },
                requestId: { type: 'string' },
                issues: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['path', 'message'],
                    properties: { path: { type: 'string' }, message: { type: 'string' } },
                  },
                },
                retryAfterSeconds: { type: 'integer' },
              },
            },
          },
        },
      },
    },
  };
}
