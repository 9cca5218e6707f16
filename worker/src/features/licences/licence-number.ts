/**
 * Licence numbers follow a per-jurisdiction pattern such as `{county}{year}{seq:5}`. The
 * sequence lives in `jurisdictions.licence_seq` and only ever grows, so a number is never
 * reused; the number is computed inside the issuing batch from the incremented sequence.
 */
const TOKEN = /\{(county|year|seq)(?::(\d{1,2}))?\}/g;

/** A SQL expression (over a `jurisdictions` row) and its parameters for the next number. */
export function licenceNumberSql(
  pattern: string,
  county: string,
  year: string,
): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  let last = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    if (m.index > last) {
      parts.push('?');
      params.push(pattern.slice(last, m.index));
    }
    if (m[1] === 'seq') {
      const width = Math.min(Number(m[2] ?? '5'), 12);
      parts.push(`printf('%0${width}d', licence_seq)`);
    } else {
      parts.push('?');
      params.push(m[1] === 'county' ? county : year);
    }
    last = m.index + m[0].length;
  }
  if (last < pattern.length) {
    parts.push('?');
    params.push(pattern.slice(last));
  }
  if (!parts.some((p) => p.startsWith('printf'))) {
    throw new Error(`licence pattern ${pattern} has no {seq}: numbers would repeat`);
  }
  return { sql: parts.join(' || '), params };
}
