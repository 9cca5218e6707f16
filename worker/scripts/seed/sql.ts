/** SQL text for `wrangler d1 execute --file`: multi-row INSERTs, no transactions, no PRAGMA. */

export type SqlValue = string | number | boolean | null;

/** D1 rejects statements over 100 KB; stay well below. */
const MAX_STATEMENT_BYTES = 90_000;
const MAX_ROWS = 500;

export function lit(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
    return String(v);
  }
  return `'${v.replaceAll("'", "''")}'`;
}

/** INSERT statements of at most MAX_ROWS rows and MAX_STATEMENT_BYTES bytes each. */
export function inserts(
  table: string,
  columns: readonly string[],
  rows: readonly SqlValue[][],
): string[] {
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n`;
  const out: string[] = [];
  let batch: string[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (batch.length > 0) out.push(`${head}${batch.join(',\n')};`);
    batch = [];
    bytes = head.length;
  };
  flush();
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new RangeError(`${table}: ${row.length} values for ${columns.length} columns`);
    const text = `(${row.map(lit).join(',')})`;
    const size = Buffer.byteLength(text) + 2;
    if (batch.length >= MAX_ROWS || (batch.length > 0 && bytes + size > MAX_STATEMENT_BYTES))
      flush();
    batch.push(text);
    bytes += size;
  }
  flush();
  return out;
}
