/** Rows of a retailer import (CSV / XLSX parsed in the browser, sent as JSON). */
import { z } from 'zod';
import { LICENCE_STATUSES } from '../../../core/business-types';
import { crsSchema } from '../../../core/coords';

/** Lenient per-row shape: a bad row is reported with its reasons, never fails the request. */
export const retailerRowSchema = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\d{6,20}$/, 'licence number: digits'),
  name: z.string().trim().min(1, 'shop name required').max(100),
  address: z.string().trim().min(1, 'address required').max(200),
  lng: z.coerce.number().finite(),
  lat: z.coerce.number().finite(),
  holderName: z.string().trim().max(50).optional(),
  /** County code; if absent, the licence number's first six digits. */
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  status: z.enum(LICENCE_STATUSES).default('active'),
  issuedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  expiresOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type RetailerRow = z.infer<typeof retailerRowSchema>;

/** Rows per import: one D1 batch must stay well inside the worker's limits. */
export const MAX_IMPORT_ROWS = 5000;

export const retailerImportSchema = z.object({
  crs: crsSchema,
  dryRun: z.boolean().default(true),
  rows: z.array(z.record(z.string(), z.unknown())).min(1),
});
