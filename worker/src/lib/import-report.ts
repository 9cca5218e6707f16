/**
 * The all-or-nothing rule of every admin import (retailers, schools, market-unit polygons): a
 * commit with any rejected row writes nothing and answers which rows and why.
 */
import type { ImportReason } from '../../core/api';
import { AppError } from './errors';

interface Rejected {
  index: number;
  reasons: ImportReason[];
}

/** Throws IMPORT_REJECTED_ROWS (first 50 rows, zh reasons) when any row was rejected. */
export function refuseRejectedRows(rejected: Rejected[], path: 'rows' | 'units'): void {
  if (rejected.length === 0) return;
  throw new AppError(
    'IMPORT_REJECTED_ROWS',
    rejected.slice(0, 50).map((r) => ({
      path: `${path}.${r.index}`,
      message: r.reasons.map((x) => x.zh).join('；'),
    })),
  );
}
