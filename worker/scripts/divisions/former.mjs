/**
 * Makes worker/core/data/cn-divisions-former.json: the province, prefecture and county-level
 * names of earlier GB/T 2260 snapshots that today's list (cn-divisions.json) no longer holds
 * under any code (莱芜市, 章丘市, 密云县 ...). ID cards and licences printed before a change
 * keep the old names for as long as they are valid, so the OCR must know them as places.
 *
 * The snapshots are the data files of the MIT-licensed npm package china-area-data (Airyland),
 * one per release; unpack them and pass their paths, oldest first:
 *   for v in 1.0.0 2.1.0 4.0.0 5.0.1; do mkdir -p /tmp/cad/$v && npm pack china-area-data@$v \
 *     --pack-destination /tmp/cad && tar xzf /tmp/cad/china-area-data-$v.tgz -C /tmp/cad/$v; done
 *   node worker/scripts/divisions/former.mjs /tmp/cad/1.0.0/package/index.js \
 *     /tmp/cad/2.1.0/package/data.json /tmp/cad/4.0.0/package/v3/data.json \
 *     /tmp/cad/5.0.1/package/v5/data.json > worker/core/data/cn-divisions-former.json
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const today = JSON.parse(
  readFileSync(new URL('../../core/data/cn-divisions.json', import.meta.url), 'utf8'),
);
const known = new Set(
  ['provinces', 'cities', 'counties'].flatMap((level) => Object.values(today[level])),
);
// Groupings, not places; Taiwan, Hong Kong and Macao are left out as in cn-divisions.json.
const GROUPINGS = ['市辖区', '郊县', '省直辖县级行政区划', '自治区直辖县级行政区划'];
const OUTSIDE = ['71', '81', '82'];

const former = {};
for (const file of process.argv.slice(2)) {
  const data = file.endsWith('.js')
    ? require(resolve(file))
    : JSON.parse(readFileSync(file, 'utf8'));
  for (const places of Object.values(data)) {
    for (const [code, name] of Object.entries(places)) {
      if (!/^\d{6}$/.test(code) || OUTSIDE.includes(code.slice(0, 2))) continue;
      // Codes x7x are statistical areas (development zones), left out of cn-divisions.json too.
      if (code[4] === '7') continue;
      // Groupings (北京市市辖区, 天津市郊县) are no places; nor are the towns and streets some
      // snapshots list under a prefecture without counties (东莞市, 中山市).
      if (GROUPINGS.some((g) => name.endsWith(g)) || !/[省市区县旗州盟]$/.test(name)) continue;
      if (name === '县' || known.has(name) || former[code] === name) continue;
      // A code given a second name later keeps both: each was printed in its time.
      former[former[code] && former[code] !== name ? `${code}~${name}` : code] = name;
    }
  }
}
const sorted = Object.fromEntries(Object.entries(former).sort(([a], [b]) => a.localeCompare(b)));
console.log(
  JSON.stringify({
    _source:
      'Names of GB/T 2260 snapshots (2014 to October 2019, npm china-area-data 1.0.0, 2.1.0, 4.0.0 v3, 5.0.1 v5; MIT, Copyright (c) 2016 Airyland) that cn-divisions.json no longer holds; made by worker/scripts/divisions/former.mjs. Keys are codes (a code renamed twice as code~name).',
    former: sorted,
  }),
);
