/**
 * Closed vocabularies the recogniser's output may be snapped to: Weifang's place names (the
 * service covers one city) and the registered business types. A snap happens only when one
 * entry is within a character of the text, so an unknown value passes through unchanged.
 */
import weifang from '../data/weifang.json';

const PLACES = ['山东省', weifang.name, ...weifang.units.map((u) => u.name)];

export const BUSINESS_TYPES = [
  '个体工商户',
  '有限责任公司（自然人独资）',
  '有限责任公司（自然人投资或控股）',
  '有限责任公司（自然人投资或控股的法人独资）',
  '有限责任公司（非自然人投资或控股的法人独资）',
  '其他有限责任公司',
  '股份有限公司',
  '个人独资企业',
  '普通合伙企业',
  '农民专业合作社',
];

const mismatches = (a: string, b: string) => {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
};

/** Edit distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Repairs the leading place names of an address or business name ('山东省滩坊市克文区…' →
 * '山东省潍坊市奎文区…'): each leading 3-character name may differ in one character, but its
 * suffix (省, 市, 区, 县) must be right. The '潍坊' of a company name is repaired the same way.
 */
export function snapPlaces(text: string): string {
  let out = '';
  let rest = fixNumberSuffix(text);
  for (;;) {
    const head = rest.slice(0, 3);
    const exact = PLACES.find((p) => p === head);
    const near = PLACES.filter((p) => p.at(-1) === head.at(-1) && mismatches(p, head) === 1);
    const hit = exact ?? (near.length === 1 ? near[0] : undefined);
    if (!hit || head.length < 3) break;
    out += hit;
    rest = rest.slice(3);
  }
  const city = weifang.name.slice(0, 2);
  if (
    !out &&
    rest.length > 4 &&
    rest.slice(0, 2) !== city &&
    mismatches(rest.slice(0, 2), city) === 1
  ) {
    // Only a company name's '潍坊' prefix; a district name starting with 潍 (潍城区) matched above.
    if (rest[1] === city[1]) rest = city + rest.slice(2);
  }
  return out + rest;
}

/** The registered type within two edits of `text`, if exactly one is that close. */
export function snapBusinessType(text: string): string {
  const t = text.replace(/\(/g, '（').replace(/\)/g, '）');
  if (BUSINESS_TYPES.includes(t)) return t;
  const scored = BUSINESS_TYPES.map((b) => ({ b, d: editDistance(b, t) })).sort(
    (x, y) => x.d - y.d,
  );
  const [best, second] = scored;
  return best && best.d <= 2 && (!second || second.d > best.d) ? best.b : t;
}

/**
 * Characters OCR gives for 号 after a house number. None can follow a number in an address,
 * where only 号 (before 楼 or 单元, or at the end) stands, so they are read as 号.
 */
const NUMBER_SUFFIX_MISREADS = /(\d)[另吨弓亏写兮叼导己已其了名忆]{1,2}(?=楼|单元|$)/g;

/** '…1706吨' → '…1706号', '24吨楼' → '24号楼'. */
export function fixNumberSuffix(address: string): string {
  return address.replace(NUMBER_SUFFIX_MISREADS, '$1号');
}
