/** Rows of a retailer import (CSV / XLSX parsed in the browser, sent as JSON). */
import { z } from 'zod';
import { LICENCE_STATUSES } from '../../../core/business-types';
import { crsSchema } from '../../../core/coords';
import { isoDateField, plainText } from '../../../core/fields';

/** Lenient per-row shape: a bad row is reported with its reasons, never fails the request. */
export const retailerRowSchema = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\d{6,20}$/, 'licence number: digits'),
  name: plainText(1, 100),
  address: plainText(1, 200),
  lng: z.coerce.number().finite(),
  lat: z.coerce.number().finite(),
  holderName: plainText(0, 50).optional(),
  /** County code; if absent, the licence number's first six digits. */
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  status: z.enum(LICENCE_STATUSES).default('active'),
  issuedOn: isoDateField.optional(),
  expiresOn: isoDateField.optional(),
});
export type RetailerRow = z.infer<typeof retailerRowSchema>;

/** Rows per import: one D1 batch must stay well inside the worker's limits. */
export const MAX_IMPORT_ROWS = 5000;

export const retailerImportSchema = z.object({
  crs: crsSchema,
  dryRun: z.boolean().default(true),
  rows: z.array(z.record(z.string(), z.unknown())).min(1),
});
