/**
 * China's administrative names (GB/T 2260: provinces, prefectures, counties; data in
 * ../data/cn-divisions.json, and the names earlier snapshots had that it no longer holds in
 * ../data/cn-divisions-former.json) as a check on the place names an address starts with, never
 * as a vocabulary to pull readings towards. A reading whose leading names exist and nest is
 * kept as read; one that does not is flagged for the applicant; the only correction is of a
 * name that does not exist, one character away from the name a checked number (the ID
 * number's region, the credit code's registration region) gives for that place. A former name
 * (莱芜市, 章丘市) counts as a name: a card or licence printed before the change still says it.
 */
import divisions from '../data/cn-divisions.json';
import formerDivisions from '../data/cn-divisions-former.json';
import { ETHNICITIES } from './ethnicities';
import { addressIncomplete } from './text';

export interface Place {
  code: string;
  level: 1 | 2 | 3;
}

const BY_NAME = new Map<string, Place[]>();
const NAME_OF = new Map<string, string>();
function add(code: string, name: string, level: Place['level']): void {
  BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), { code, level }]);
  // A code's name is today's where it has one (a code given to a renamed place keeps it).
  if (!NAME_OF.has(code)) NAME_OF.set(code, name);
}
for (const [c, n] of Object.entries(divisions.provinces)) add(c, n, 1);
for (const [c, n] of Object.entries(divisions.cities)) add(c, n, 2);
for (const [c, n] of Object.entries(divisions.counties)) add(c, n, 3);
for (const [key, n] of Object.entries(formerDivisions.former)) {
  const c = key.slice(0, 6);
  if (c.endsWith('0000')) add(c.slice(0, 2), n, 1);
  else if (c.endsWith('00')) add(c.slice(0, 4), n, 2);
  else add(c, n, 3);
}

/** An autonomous area's name: its own part, then its groups, 族 maybe left out (伊犁哈萨克自治州). */
const NAMED_GROUPS = new RegExp(
  `^(.+?)(?:(?:${[...ETHNICITIES, '各'].join('|')})族?)+自治[州县旗]$`,
);

/** Every name, today's and former, for callers that look for the one a misreading came from. */
export const PLACE_NAMES: readonly string[] = [...BY_NAME.keys()];
const LONGEST = Math.max(...[...BY_NAME.keys()].map((n) => n.length));

/**
 * Every 4-digit grouping a county-level code can sit under: today's prefectures, the groupings
 * without a prefecture of their own (重庆's counties 5002, the county-level cities governed by
 * their province: 济源 4190, 仙桃 and others 4290, Hainan's 4690, Xinjiang's corps cities 6590)
 * and the former ones (莱芜 3712, merged into 济南 in 2019; 山南地区 5422 and 哈密地区 6522,
 * cities since 2016; 1102, 1202 and 3102, the counties of 北京, 天津 and 上海 until they became
 * districts): a licence keeps its credit code for life.
 */
const PREFECTURES = new Set(
  [...NAME_OF.keys()].filter((c) => c.length >= 4).map((c) => c.slice(0, 4)),
);

/**
 * Whether a credit code's characters 3–8 can name a registering authority's region: the
 * national level (100000), a province (…0000), or anything under a prefecture-level grouping
 * (PREFECTURES), today's or former. The county digits are not checked: development zones
 * register under codes no county list holds (潍坊高新区 and the like), and a county renamed
 * keeps its old codes on its licences. The code's own check accepts any province prefix, so a
 * misread digit there can pass it.
 * Example: knownRegion('340826') === true (宿松县), knownRegion('346826') === false (no 3468),
 * knownRegion('500229') === true (城口县, one of 重庆's counties).
 */
export function knownRegion(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  if (code === '100000') return true;
  if (code.endsWith('0000')) return NAME_OF.has(code.slice(0, 2));
  return PREFECTURES.has(code.slice(0, 4));
}

/** The divisions named `name` (a name can be several: 朝阳区 in 北京 and in 长春). */
export const placesNamed = (name: string): readonly Place[] => BY_NAME.get(name) ?? [];

/** Whether `name` is a province, prefecture or county-level name. */
export const isPlaceName = (name: string) => BY_NAME.has(name);

/**
 * The names for a 6-digit region code, province first (a municipality's city, named like the
 * province, is given once). Example: '370702' → ['山东省', '潍坊市', '潍城区'].
 */
export function regionNames(code: string): string[] {
  const out: string[] = [];
  for (const c of [code.slice(0, 2), code.slice(0, 4), code]) {
    const n = NAME_OF.get(c);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

/** The place names `text` starts with, longest match first at each step. */
export function leadingNames(text: string): string[] {
  const names: string[] = [];
  let at = 0;
  while (names.length < 4) {
    let hit = '';
    for (let len = Math.min(LONGEST, text.length - at); len >= 2; len--) {
      const w = text.slice(at, at + len);
      if (BY_NAME.has(w)) {
        hit = w;
        break;
      }
    }
    if (!hit) break;
    names.push(hit);
    at += hit.length;
  }
  return names;
}

/** Whether the names can be one chain, each inside the one before (北京市 is both levels). */
export function nested(names: readonly string[]): boolean {
  let parents: Place[] = BY_NAME.get(names[0] ?? '') ?? [];
  for (const n of names.slice(1)) {
    parents = (BY_NAME.get(n) ?? []).filter((p) =>
      parents.some((q) => p.level > q.level && p.code.startsWith(q.code)),
    );
    if (!parents.length) return false;
  }
  return parents.length > 0;
}

/** Characters that differ between two names of one length (Infinity for other lengths). */
export const differences = (a: string, b: string) => {
  let d = a.length === b.length ? 0 : Infinity;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
};
export const oneOff = (a: string, b: string) => differences(a, b) === 1;

/**
 * Whether the text at the start looks like a misread place name (one character off one, or
 * one of its characters unread: 新维吾尔自治区), or a long one with one or two in a row unread
 * (`lostRun`): 怒江族自治州 for 怒江傈僳族自治州, 凉山彝族州 for 凉山彝族自治州.
 */
function nearMiss(text: string): boolean {
  for (let len = 2; len <= Math.min(LONGEST, text.length); len++) {
    const w = text.slice(0, len);
    if (!/[省市区县旗州盟]$/.test(w)) continue;
    for (const n of BY_NAME.keys()) {
      if ((n.length === len && oneOff(n, w)) || droppedOne(w, n)) return true;
      if (lostRun(w, n, 1) || lostRun(w, n, 2)) return true;
    }
  }
  return false;
}

/**
 * Whether `w` is a long place name (six characters or more: an autonomous prefecture's or
 * county's) with `k` characters in a row unread anywhere before its last, as the line model
 * loses a pair of rare ones, or thin strokes of its level word: 怒江族自治州 for
 * 怒江傈僳族自治州 (傈僳), 凉山彝族州 for 凉山彝族自治州 (自治).
 */
export function lostRun(w: string, name: string, k: 1 | 2): boolean {
  if (name.length < 6 || name.length !== w.length + k || w.at(-1) !== name.at(-1)) return false;
  for (let i = 0; i + k < name.length; i++) {
    if (name.slice(0, i) + name.slice(i + k) === w) return true;
  }
  return false;
}

/**
 * Whether an address stops among its place names: nothing after them, or only the start of
 * another (云南省迪庆藏族自治州维西, the rest of 维西傈僳族自治县 and the street lost to the line's
 * end, read unmarked on a held-out card). An address names a street or a village after its
 * places, so such a reading is incomplete; it is marked, never completed.
 */
export function endsInPlaces(address: string): boolean {
  const names = leadingNames(address);
  if (!names.length) return false;
  const rest = address.slice(names.join('').length);
  return !rest || PLACE_NAMES.some((n) => n.length > rest.length && n.startsWith(rest));
}

/** An address visibly incomplete: its number (`addressIncomplete`) or all after its places. */
export const addressCutShort = (address: string) =>
  addressIncomplete(address) || endsInPlaces(address);

export type PlaceCheck =
  { verdict: 'ok' } | { verdict: 'repaired'; text: string } | { verdict: 'doubtful' };

/**
 * Checks an address (or a business name starting with places) against the names; `region`
 * is a 6-digit code from a number that passed its check digit. Examples:
 *   ('山东省青岛市市南区…')            → ok (names exist and nest)
 *   ('山东省太原市…')                 → doubtful (太原市 is in 山西: left for the applicant)
 *   ('云南省怒江水市…')               → doubtful (no place inside the province)
 *   ('山东省潍纺市奎文区…', '370705') → repaired to 山东省潍坊市奎文区… (潍纺市 does not exist)
 */
export function checkPlaces(text: string, region?: string): PlaceCheck {
  const names = leadingNames(text);
  const rest = text.slice(names.join('').length);
  // A province is followed by a place inside it (云南省怒江水市… lost 傈僳族自治州泸 unmarked).
  const provinceAlone = names.length === 1 && placesNamed(names[0]!).every((p) => p.level === 1);
  if (names.length && nested(names) && !nearMiss(rest)) {
    return { verdict: provinceAlone ? 'doubtful' : 'ok' };
  }
  if (!names.length && !nearMiss(text)) return { verdict: 'ok' };
  if (region) {
    const fixed = repairByRegion(text, regionNames(region));
    if (fixed) return { verdict: 'repaired', text: fixed };
  }
  return { verdict: 'doubtful' };
}

/**
 * Whether `w` is `name` with one character of its proper part unread (东省 for 广东省), and is
 * itself no place name nor the start of one. A missing level word (山东 for 山东省) is how
 * addresses are often printed, so it is never put back.
 */
export function droppedOne(w: string, name: string): boolean {
  if (w.length !== name.length - 1 || w.length < 2) return false;
  if (isPlaceName(w) || leadingNames(w).length) return false;
  const level = /(省|市|区|县|旗|自治州|地区|盟|自治区|自治县)$/.exec(name)?.[0] ?? '';
  if (!w.endsWith(level) || !level) return false;
  for (let k = 0; k < name.length - level.length; k++) {
    if (name.slice(0, k) + name.slice(k + 1) === w) return true;
  }
  return false;
}

/**
 * Walks the region's names along the text: each is either there as printed, left out (an
 * address may skip the province or city), or misread in one character (or one unread) into
 * something that is no place name at all; only then is it replaced. Null when nothing was
 * replaced or the result still does not check.
 */
function repairByRegion(text: string, expected: readonly string[]): string | null {
  let at = 0;
  let out = '';
  let changed = false;
  for (const [k, name] of expected.entries()) {
    const w = text.slice(at, at + name.length);
    if (w === name) {
      out += name;
      at += name.length;
    } else if (oneOff(w, name) && !isPlaceName(w) && leadingNames(text.slice(at))[0] !== w) {
      out += name;
      at += name.length;
      changed = true;
    } else if (droppedOne(text.slice(at, at + name.length - 1), name)) {
      out += name;
      at += name.length - 1;
      changed = true;
    } else {
      const between = betweenNames(text, at, name, expected[k + 1]);
      if (!between) continue;
      out += name;
      at += between;
      changed = true;
    }
  }
  if (!changed) return null;
  const fixed = out + text.slice(at);
  const names = leadingNames(fixed);
  return names.length && nested(names) ? fixed : null;
}

/**
 * The length of the text at `at` that can only be `name`: it stands right before the next name
 * the region gives (`next`, read as printed), is no place name and holds none, ends in
 * `name`'s level word and is at most one character longer or shorter, or is a long `name` with
 * two in a row unread (`lostRun`). The region's county is inside one prefecture, so whatever
 * stands between its province and it is that prefecture: 湖北省成市通城县 (宁 unread, 咸 read
 * 成) with 通城县's code. 0 when it is not so.
 */
function betweenNames(text: string, at: number, name: string, next: string | undefined): number {
  if (!next) return 0;
  const end = text.indexOf(next, at);
  const w = text.slice(at, end);
  if (end < 0 || !w || w.at(-1) !== name.at(-1)) return 0;
  if (Math.abs(w.length - name.length) > 1 && !lostRun(w, name, 2)) return 0;
  return PLACE_NAMES.some((n) => w.includes(n)) ? 0 : w.length;
}

/** A place's name without its level (咸阳市 → 咸阳), as business names often print it. */
/**
 * A place's name as a business name starts with it: without its level word (潍坊市 → 潍坊), an
 * autonomous area without its groups too (伊犁哈萨克自治州 → 伊犁, 大理白族自治州 → 大理).
 */
const shortName = (n: string) => {
  const autonomous = NAMED_GROUPS.exec(n)?.[1];
  if (autonomous && autonomous.length >= 2) return autonomous;
  return n.length >= 3 ? n.replace(/(省|市|区|县|自治州|地区|盟)$/, '') : n;
};

let shortNames: Set<string> | null = null;

/** Whether `w` is a place name, in full or short (伊犁, of 伊犁哈萨克自治州). */
const isPlace = (w: string) => {
  shortNames ??= new Set([...BY_NAME.keys()].map(shortName));
  return (
    BY_NAME.has(w) || shortNames.has(w) || ['省', '市', '区', '县'].some((s) => BY_NAME.has(w + s))
  );
};

/**
 * Where a business name's place short name is followed by a level word that makes it no place
 * (湛江省腾食品…: 湛江 is 湛江市, there is no 湛江省; 犇 read 省 on a held-out licence), or -1.
 * Such a level word may be a misread character, or the start of an ordinary word (新城 市场,
 * 长春 区域), so the caller marks the name only where the model doubted that character.
 * Example: falseLevelAt('湛江省腾食品有限公司') === 2, falseLevelAt('湛江市腾飞食品店') === -1.
 */
export function falseLevelAt(name: string): number {
  for (let len = 2; len <= 4; len++) {
    const short = name.slice(0, len);
    const level = name.charAt(len);
    if (/[省市区县旗州盟]$/.test(short) || !/[省市区县]/.test(level) || !isPlace(short)) continue;
    if (!isPlaceName(short + level)) return len;
  }
  return -1;
}

/**
 * A business name starting with a misreading of a place the same document names elsewhere
 * (its address, checked as above, or the credit code's region): 威阳鑫源商行 on a licence whose
 * address is in 咸阳市 → 咸阳鑫源商行. The document's own two readings agree but for one
 * character of the name's place, which is itself no place at all. Null when nothing is proved.
 */
export function repairNamePlace(name: string, places: readonly string[]): string | null {
  const forms = [...new Set(places.flatMap((p) => [p, shortName(p)]))].filter((f) => f.length >= 2);
  if (forms.some((f) => name.startsWith(f))) return null;
  const fixes = forms.filter((f) => {
    const w = name.slice(0, f.length);
    return w.length === f.length && oneOff(w, f) && !isPlace(w);
  });
  // Two places would fit (or one form and its short one disagree): no proof.
  const texts = new Set(fixes.map((f) => f + name.slice(f.length)));
  return texts.size === 1 ? [...texts][0]! : null;
}

/**
 * A branch's business name checked at the place it is named after (漯河好又多实业有限公司临颍县
 * 分公司: the county between the company's 公司 and the final 分公司). A branch place read as no
 * place, one character off one the same document names (its checked address, the credit
 * code's region: `places`), is repaired to it, the document's two readings agreeing, as a
 * leading place is (`repairNamePlace`); one character off a place inside the document's
 * prefecture, it is doubtful (marked). A development zone (高新区) is no place and is left alone
 * unless it is one character off such a place.
 * Examples: ('漯河好又多实业有限公司临颖县分公司', ['河南省', '漯河市', '临颍县']) → repaired to
 * …临颍县分公司; ('潍坊惠民商贸有限公司高新区分公司', ['山东省', '潍坊市']) → ok.
 */
export function checkBranchPlace(name: string, places: readonly string[]): PlaceCheck {
  if (!name.endsWith('分公司')) return { verdict: 'ok' };
  const end = name.length - 3;
  const from = name.lastIndexOf('公司', end - 1) + 2;
  const w = name.slice(from, end);
  if (from < 2 || w.length < 2 || !/[市区县旗]$/.test(w) || isPlaceName(w))
    return { verdict: 'ok' };
  const own = repairNamePlace(w, places);
  if (own) return { verdict: 'repaired', text: name.slice(0, from) + own + '分公司' };
  const prefectures = new Set(
    places.flatMap((p) =>
      placesNamed(p)
        .filter((q) => q.level > 1)
        .map((q) => q.code.slice(0, 4)),
    ),
  );
  const near = PLACE_NAMES.some(
    (n) => oneOff(w, n) && placesNamed(n).some((q) => prefectures.has(q.code.slice(0, 4))),
  );
  return { verdict: near ? 'doubtful' : 'ok' };
}
