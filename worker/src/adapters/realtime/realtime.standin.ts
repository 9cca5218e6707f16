/**
 * A stand-in for the Cloudflare Realtime API, for tests: it checks every request against the
 * documented contract (realtime-api.json: path, method, bearer secret, request body schema,
 * no field the contract does not name) and answers with bodies of the documented shapes,
 * including per-track errors in a 200 and request-level error bodies. Answers are checked
 * against the response schemas too, so the stand-in cannot drift from the contract.
 */
import spec from './realtime-api.json';

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  items?: Schema;
  allOf?: Schema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  additionalProperties?: Schema | boolean;
};

const schemas = (spec as unknown as { components: { schemas: Record<string, Schema> } }).components
  .schemas;

function resolve(s: Schema): Schema {
  if (!s.$ref) return s;
  const name = s.$ref.replace('#/components/schemas/', '');
  const found = schemas[name];
  if (!found) throw new Error(`unknown schema ${s.$ref}`);
  return resolve(found);
}

/** Every property a schema names (through allOf). */
function declared(s: Schema): Record<string, Schema> {
  const r = resolve(s);
  return Object.assign({}, r.properties ?? {}, ...(r.allOf ?? []).map(declared));
}

/** Problems of `value` against `schema`; `strict` also refuses properties it does not name. */
export function check(schema: Schema, value: unknown, strict: boolean, at = '$'): string[] {
  const s = resolve(schema);
  const out: string[] = [];
  for (const part of s.allOf ?? []) out.push(...check({ ...part }, value, false, at));
  if (s.enum && !s.enum.includes(value)) out.push(`${at}: not one of ${s.enum.join('|')}`);
  const type = s.type ?? (s.properties || s.allOf ? 'object' : undefined);
  if (type === 'string') {
    if (typeof value !== 'string') out.push(`${at}: not a string`);
    else if (s.minLength && value.length < s.minLength) out.push(`${at}: too short`);
  } else if (type === 'boolean' && typeof value !== 'boolean') out.push(`${at}: not a boolean`);
  else if ((type === 'integer' || type === 'number') && typeof value !== 'number')
    out.push(`${at}: not a number`);
  else if (type === 'array') {
    if (!Array.isArray(value)) return [...out, `${at}: not an array`];
    if (s.minItems !== undefined && value.length < s.minItems) out.push(`${at}: too few items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) out.push(`${at}: too many items`);
    value.forEach((v, i) => out.push(...(s.items ? check(s.items, v, strict, `${at}[${i}]`) : [])));
  } else if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [...out, `${at}: not an object`];
    const obj = value as Record<string, unknown>;
    for (const k of s.required ?? []) if (!(k in obj)) out.push(`${at}.${k}: required`);
    const props = declared(s);
    for (const [k, v] of Object.entries(obj)) {
      const p = props[k];
      if (p) out.push(...check(p, v, strict, `${at}.${k}`));
      else if (strict && s.additionalProperties === undefined)
        out.push(`${at}.${k}: not in the contract`);
    }
  }
  return out;
}

export interface Operation {
  requestBody?: { content?: { 'application/json'?: { schema?: Schema } }; required?: boolean };
  responses: Record<string, { content?: { 'application/json'?: { schema?: Schema } } }>;
}

const paths = (spec as unknown as { paths: Record<string, Record<string, Operation>> }).paths;

/** The documented operation a request is for, or null. */
export function operationOf(
  method: string,
  path: string,
): { op: Operation; template: string } | null {
  for (const [template, ops] of Object.entries(paths)) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const op = ops[method.toLowerCase()];
    if (re.test(path) && op) return { op, template };
  }
  return null;
}

/**
 * Contract problems of one SFU request (`path` below the API's base, e.g.
 * `/apps/a1/sessions/new`): undocumented operation, wrong bearer, missing or ill-shaped body.
 */
export function requestProblems(
  req: { method: string; path: string; auth: string | null; body: unknown },
  secret: string,
): { found: { op: Operation; template: string } | null; problems: string[] } {
  const found = operationOf(req.method, req.path);
  if (!found) return { found, problems: [`${req.method} ${req.path}: not in the contract`] };
  const problems: string[] = [];
  if (req.auth !== `Bearer ${secret}`) problems.push(`${req.path}: wrong bearer`);
  const reqSchema = found.op.requestBody?.content?.['application/json']?.schema;
  if (found.op.requestBody?.required && req.body === undefined)
    problems.push(`${req.path}: body required`);
  if (reqSchema && req.body !== undefined)
    problems.push(...check(reqSchema, req.body, true).map((p) => `${req.path} request ${p}`));
  return { found, problems };
}

/** Contract problems of an answer to `op` (an undocumented success status, a wrong shape). */
export function answerProblems(op: Operation, path: string, status: number, body: unknown) {
  const problems: string[] = [];
  const resSchema = op.responses[String(status)]?.content?.['application/json']?.schema;
  if (status < 400 && !resSchema) problems.push(`${path}: ${status} is not documented`);
  if (resSchema) problems.push(...check(resSchema, body, false).map((p) => `${path} answer ${p}`));
  return problems;
}

export interface StandIn {
  fetch: typeof fetch;
  /** Every request seen: method, path and body. */
  calls: { method: string; path: string; body: unknown }[];
  /** Contract problems found (requests and the stand-in's own answers); must stay empty. */
  problems: string[];
  /** The next answer to `template` (e.g. `/apps/{appId}/sessions/{sessionId}/tracks/close`). */
  answer(template: string, status: number, body: unknown): void;
}

/** A stand-in expecting `secret` as the bearer token. */
export function standIn(opts: { base: string; secret: string; turnSecret?: string }): StandIn {
  const queued = new Map<string, { status: number; body: unknown }[]>();
  const s: StandIn = {
    calls: [],
    problems: [],
    answer(template, status, body) {
      queued.set(template, [...(queued.get(template) ?? []), { status, body }]);
    },
    fetch: async (input, init) => {
      const url = new URL(String(input));
      const method = init?.method ?? 'GET';
      const path = url.pathname.replace(new URL(opts.base).pathname, '');
      const raw = typeof init?.body === 'string' ? init.body : undefined;
      const body: unknown = raw === undefined ? undefined : JSON.parse(raw);
      s.calls.push({ method, path, body });
      const auth = new Headers(init?.headers).get('authorization');
      // TURN credentials are their own API (not in the SFU contract): key token, {ttl}.
      if (/^\/turn\/keys\/[^/]+\/credentials\/generate-ice-servers$/.test(path)) {
        if (auth !== `Bearer ${opts.turnSecret}`) s.problems.push('turn: wrong bearer');
        const ttl = (body as { ttl?: unknown } | undefined)?.ttl;
        if (method !== 'POST' || typeof ttl !== 'number') s.problems.push('turn: bad request');
        return next('/turn', 201, {
          iceServers: [
            {
              urls: [
                'stun:stun.cloudflare.com:3478',
                'stun:stun.cloudflare.com:53',
                'turn:turn.cloudflare.com:3478?transport=udp',
                'turn:turn.cloudflare.com:53?transport=udp',
                'turns:turn.cloudflare.com:443?transport=tcp',
              ],
              username: 'u',
              credential: 'c',
            },
          ],
        });
      }
      const { found, problems } = requestProblems({ method, path, auth, body }, opts.secret);
      s.problems.push(...problems);
      if (!found) return Response.json({ errorCode: 'not_found' }, { status: 404 });
      const r = queued.get(found.template)?.shift();
      if (!r) {
        s.problems.push(`${path}: no answer queued`);
        return Response.json({ errorCode: 'internal_error' }, { status: 500 });
      }
      s.problems.push(...answerProblems(found.op, path, r.status, r.body));
      return Response.json(r.body, { status: r.status });
    },
  };
  const next = (_t: string, status: number, body: unknown) => Response.json(body, { status });
  return s;
}
