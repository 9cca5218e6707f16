/**
 * Imported records for `npm run bench:search`: licences of past years as the internal-management
 * system (内管) hands them over — cancelled, each with its holder (name, phone), its shop and its
 * premises in one of the city's units — written as SQL for `wrangler d1 execute --file`. The
 * index triggers fire on these inserts exactly as on the app's own writes.
 *
 * Usage: tsx bench/search/generate.ts <out.sql> <count>
 */
import { writeFileSync } from 'node:fs';
import { STREETS } from '../../worker/scripts/seed/lexicon';
import { person, shopName } from '../../worker/scripts/seed/people';
import { stream } from '../../worker/scripts/seed/prng';
import { UNIT_WEIGHTS } from '../../worker/scripts/seed/retail';
import { inserts, lit } from '../../worker/scripts/seed/sql';

const [out, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!out || !Number.isInteger(count) || count < 1) {
  throw new Error('usage: generate.ts <out.sql> <count>');
}

const rng = stream(20261203, 'bench-search-imports');
const units = Object.keys(UNIT_WEIGHTS);
const NAMES: Record<string, string> = {
  '370702': '潍城区',
  '370703': '寒亭区',
  '370704': '坊子区',
  '370705': '奎文区',
  '370724': '临朐县',
  '370725': '昌乐县',
  '370781': '青州市',
  '370782': '诸城市',
  '370783': '寿光市',
  '370784': '安丘市',
  '370785': '高密市',
  '370786': '昌邑市',
};

// Mobile numbers spread over the carriers' prefixes as real ones are (the seed's own are 139…).
const PREFIXES = [
  '130',
  '133',
  '135',
  '136',
  '137',
  '138',
  '150',
  '151',
  '158',
  '177',
  '186',
  '188',
];
const phones = new Set<string>();
function mobile(): string {
  for (;;) {
    const p = `${rng.pick(PREFIXES)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (!phones.has(p)) {
      phones.add(p);
      return p;
    }
  }
}

const applicants: (string | number | null)[][] = [];
const premises: (string | number | null)[][] = [];
const licences: (string | number | null)[][] = [];
for (let i = 0; i < count; i++) {
  const unit = rng.pick(units);
  const holder = person(rng).name;
  const street = rng.pick(STREETS[unit] ?? ['人民路', '建设路', '文化路', '幸福街']);
  const address = `潍坊市${NAMES[unit]}${street}${rng.int(1, 999)}号`;
  const year = 1990 + (i % 10);
  const seq = String(Math.floor(i / 10)).padStart(5, '0');
  applicants.push([`imp_a_${i}`, mobile(), 1, holder, '2019-01-01T00:00:00Z']);
  premises.push([`imp_p_${i}`, unit, address]);
  licences.push([
    `imp_l_${i}`,
    `${unit}${year}${seq}`,
    `imp_a_${i}`,
    holder,
    shopName(rng, holder, false),
    `imp_p_${i}`,
    unit,
    'cancelled',
    `${year}-03-01`,
    `${year + 5}-02-28`,
  ]);
}

// Premises borrow a grid and a point from one real premises of their unit (the bench needs no map).
const premisesSql: string[] = [];
for (let k = 0; k < premises.length; k += 400) {
  const rows = premises.slice(k, k + 400).map((r) => `(${r.map((v) => lit(v)).join(',')})`);
  premisesSql.push(
    `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
SELECT v.column1, v.column2, v.column3, g.lat, g.lng, g.h3_cell, g.grid_id
FROM (VALUES ${rows.join(',\n')}) v
JOIN (SELECT jurisdiction_code, lat, lng, h3_cell, grid_id FROM premises
      WHERE id IN (SELECT MIN(id) FROM premises GROUP BY jurisdiction_code)) g
  ON g.jurisdiction_code = v.column2;`,
  );
}

const sql = [
  ...inserts('applicants', ['id', 'phone', 'real_name_verified', 'name', 'created_at'], applicants),
  ...premisesSql,
  ...inserts(
    'licences',
    [
      'id',
      'number',
      'holder_applicant_id',
      'holder_name',
      'shop_name',
      'premises_id',
      'jurisdiction_code',
      'status',
      'issued_on',
      'expires_on',
    ],
    licences,
  ),
];
writeFileSync(out, `${sql.join('\n')}\n`);
console.log(`wrote ${count} imported licences with their holders and premises to ${out}`);
