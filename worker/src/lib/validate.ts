import type { z } from 'zod';
import type { Ctx } from '../app-env';
import { AppError } from './errors';

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
}

/** Parses `data` with `schema` or throws VALIDATION_FAILED listing every problem. */
export function parse<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new AppError('VALIDATION_FAILED', issuesOf(result.error));
  return result.data;
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

/**
 * Reads and validates the JSON body; malformed JSON is its own error code. A body not declared
 * as JSON is refused unread (a `text/plain` post is how another site forges a request).
 */
export async function jsonBody<S extends z.ZodType>(c: Ctx, schema: S): Promise<z.output<S>> {
  if (!isJsonContentType(c.req.header('content-type'))) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  }
  let data: unknown;
  try {
    data = await c.req.json();
  } catch {
    throw new AppError('MALFORMED_JSON');
  }
  return parse(schema, data);
}

/** Validates the query string. */
export function query<S extends z.ZodType>(c: Ctx, schema: S): z.output<S> {
  return parse(schema, c.req.query());
}
