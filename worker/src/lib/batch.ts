/**
 * Assertions inside a D1 batch. A batch runs as one transaction but cannot branch; an
 * assertion inserts a row into the always-empty `batch_assertions` table when its condition
 * is false, which breaks that table's CHECK and rolls the whole batch back.
 */
export function assertInBatch(
  d1: D1Database,
  label: string,
  condition: string,
  ...params: unknown[]
): D1PreparedStatement {
  return d1
    .prepare(`INSERT INTO batch_assertions (label, ok) SELECT ?, 0 WHERE NOT (${condition})`)
    .bind(label, ...params);
}

/** True when `err` is a batch rolled back by a failed assertion. */
export function isAssertionFailure(err: unknown): boolean {
  return String(err).includes('batch_assertion_holds');
}
