/**
 * Tables from the old system (CSV, or XLSX read by read-excel-file) → the JSON rows the import
 * API takes. Pure, so the header matching is tested without a browser.
 */

/** Column titles seen in exports, Chinese and English, → the API's field names. */
const ALIASES: Record<string, string> = {
  许可证号: 'number',
  许可证编号: 'number',
  number: 'number',
  licence: 'number',
  名称: 'name',
  店名: 'name',
  企业名称: 'name',
  name: 'name',
  地址: 'address',
  经营地址: 'address',
  address: 'address',
  经度: 'lng',
  lng: 'lng',
  lon: 'lng',
  longitude: 'lng',
  纬度: 'lat',
  lat: 'lat',
  latitude: 'lat',
  负责人: 'holderName',
  holder: 'holderName',
  县区: 'county',
  county: 'county',
  状态: 'status',
  status: 'status',
  发证日期: 'issuedOn',
  有效期至: 'expiresOn',
  学校: 'name',
  学校名称: 'name',
  类型: 'kind',
  学校类型: 'kind',
  kind: 'kind',
  县市区: 'county',
  区县: 'county',
  所属县市区: 'county',
  所属区县: 'county',
};

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a leading BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** First row = titles; unknown titles are kept as they are (the server reports them). */
export function rowsToObjects(table: unknown[][]): Record<string, unknown>[] {
  const [head, ...rest] = table;
  if (!head) return [];
  const keys = head.map((h) => {
    const t = String(h ?? '').trim();
    return ALIASES[t] ?? ALIASES[t.toLowerCase()] ?? t;
  });
  return rest.map((r) => {
    const o: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      const v = r[i];
      if (v === null || v === undefined || v === '') return;
      // Spreadsheets turn long licence numbers into numbers: the API wants the digits.
      o[k] = typeof v === 'string' ? v.trim() : k === 'number' ? String(v) : v;
    });
    return o;
  });
}
