/**
 * Request validation as Hono validator middleware: a route names its schema once, the handler
 * reads `c.req.valid(...)` already typed, and the route's type carries its input to the PWA's
 * client (`hc<AppType>`). Every failure is an AppError with a stable code.
 */
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import type { ErrorCode } from '../../core/errors';
import type { AppEnv } from '../app-env';
import { AppError } from './errors';
import { withMeta } from './route-meta';

type Issue = { path: string; message: string };

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
}

/** How a route answers its schema's refusals. */
export interface ValidateOptions {
  /**
   * A more precise code when an issue concerns one field or anything inside it, e.g.
   * `{ phone: 'PHONE_INVALID' }` (the issues are kept); otherwise VALIDATION_FAILED.
   */
  codeFor?: Record<string, ErrorCode>;
}

/** Parses `data` with `schema` or throws VALIDATION_FAILED listing every problem. */
export function parse<S extends z.ZodType>(
  schema: S,
  data: unknown,
  opts: ValidateOptions = {},
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const special = Object.entries(opts.codeFor ?? {}).find(([path]) =>
    issues.some((i) => i.path === path || i.path.startsWith(`${path}.`)),
  );
  throw new AppError(special?.[1] ?? 'VALIDATION_FAILED', issues);
}

/** The media type of a Content-Type value, lower-cased; null when absent or empty. */
export function mediaTypeOf(header: string | undefined): string | null {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** `application/json`, with at most a UTF-8 charset: JSON has no other encoding (RFC 8259). */
export function isJsonContentType(header: string | undefined): boolean {
  if (mediaTypeOf(header) !== 'application/json') return false;
  const params = (header ?? '').split(';').slice(1);
  return params.every((p) => /^\s*charset\s*=\s*"?utf-8"?\s*$/i.test(p));
}

/** What a JSON route takes (the schema's input) and hands its handler (the schema's output). */
type JsonInput<S extends z.ZodType> = { in: { json: z.input<S> }; out: { json: z.output<S> } };

/**
 * Validates the JSON body. A body not declared as JSON is refused unread (a `text/plain` post
 * is how another site forges a request); malformed JSON is its own error code.
 */
export function json<S extends z.ZodType>(
  schema: S,
  opts: ValidateOptions = {},
): MiddlewareHandler<AppEnv, string, JsonInput<S>> {
  // Typed here, where the schema is known; hono's own inference cannot see through a generic.
  const validate = validator('json', (value): unknown => parse(schema, value, opts));
  const handler: MiddlewareHandler<AppEnv, string, JsonInput<S>> = async (c, next) => {
    if (!isJsonContentType(c.req.header('content-type'))) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    }
    let validated = false;
    try {
      return await validate(c, async () => {
        validated = true;
        await next();
      });
    } catch (err) {
      // Hono's validator reports a body that is not JSON as a 400 HTTPException.
      if (!validated && err instanceof HTTPException) throw new AppError('MALFORMED_JSON');
      throw err;
    }
  };
  return withMeta(handler, { kind: 'input', target: 'json', schema, codes: codesOf(opts) });
}

const codesOf = (opts: ValidateOptions): ErrorCode[] => Object.values(opts.codeFor ?? {});

/**
 * A query string as the client sends it: the schema's own values where they are literal (an
 * enum of statuses), otherwise text or a number (coerced by the schema).
 */
type QueryValues<T> = { [K in keyof T]: unknown extends T[K] ? string | number : T[K] };
type QueryInput<S extends z.ZodType> = {
  in: { query: QueryValues<z.input<S>> };
  out: { query: z.output<S> };
};

/** Validates the query string (one value per name, the first, as `c.req.query()` reads it). */
export function query<S extends z.ZodType>(
  schema: S,
  opts: ValidateOptions = {},
): MiddlewareHandler<AppEnv, string, QueryInput<S>> {
  const validate = validator('query', (value): unknown => {
    const first = Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]);
    return parse(schema, Object.fromEntries(first), opts);
  });
  const handler: MiddlewareHandler<AppEnv, string, QueryInput<S>> = (c, next) => validate(c, next);
  return withMeta(handler, { kind: 'input', target: 'query', schema, codes: codesOf(opts) });
}
