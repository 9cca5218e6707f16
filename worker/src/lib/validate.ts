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

/** Reads and validates the JSON body; malformed JSON is its own error code. */
export async function jsonBody<S extends z.ZodType>(c: Ctx, schema: S): Promise<z.output<S>> {
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
