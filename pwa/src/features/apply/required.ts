/**
 * Which fields of a form are required, read from the worker's own schema (formSchemaFor), so
 * the form marks them before anyone submits and the marks can never disagree with the check.
 */
import type { z } from 'zod';
import type { BusinessType } from '@core/business-types';
import { formSchemaFor } from '@core/forms';

type Shape = Record<string, z.ZodType>;

function shapeOf(schema: unknown): Shape | null {
  if (!schema || typeof schema !== 'object') return null;
  const shape = (schema as { shape?: unknown }).shape;
  return shape && typeof shape === 'object' ? (shape as Shape) : null;
}

/** A field is required when its schema refuses it missing (optional and defaulted ones accept). */
function requiredKeys(shape: Shape, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, field] of Object.entries(shape)) {
    const inner = shapeOf(field);
    if (inner) out.push(...requiredKeys(inner, `${prefix}${k}.`));
    else if (!field.safeParse(undefined).success) out.push(`${prefix}${k}`);
  }
  return out;
}

/**
 * The required fields of `type` as the form names them (`shopName`, `attachments.idCardFront`);
 * filing by agent adds the agent's name, ID number and letter of authorisation.
 * @example requiredFields('reissue', {}).has('statement') === true
 */
export function requiredFields(type: BusinessType, form: Record<string, unknown>): Set<string> {
  const shape = shapeOf(formSchemaFor(type));
  const keys = new Set(shape ? requiredKeys(shape) : []);
  if (type === 'new' && form.byAgent === true) {
    for (const k of ['agentName', 'agentIdNumber', 'attachments.agentAuthorisation']) keys.add(k);
  }
  return keys;
}

/**
 * The photo kinds a form of `type` sends (filing by agent adds the letter of authorisation):
 * a photo kept on the device for another kind is not sent with it.
 */
export function attachmentKinds(type: BusinessType, form: Record<string, unknown>): Set<string> {
  const att = shapeOf(shapeOf(formSchemaFor(type))?.attachments);
  const kinds = new Set(Object.keys(att ?? {}));
  if (type === 'new' && form.byAgent !== true) kinds.delete('agentAuthorisation');
  return kinds;
}
