/**
 * The registered business types (市场主体类型), a closed list a reading may be matched to when
 * exactly one entry is that close; and the edit distance used for it and for labels. Place
 * names are not here: an address can be anywhere in China (see places.ts, which only checks).
 */

/** The types printed on licences (市场主体类型), as the registration system words them. */
export const BUSINESS_TYPES: readonly string[] = [
  '个体工商户',
  '有限责任公司',
  '有限责任公司（自然人独资）',
  '有限责任公司（自然人投资或控股）',
  '有限责任公司（自然人投资或控股的法人独资）',
  '有限责任公司（非自然人投资或控股的法人独资）',
  '有限责任公司（国有独资）',
  '有限责任公司（国有控股）',
  '有限责任公司（外商投资、非独资）',
  '有限责任公司（外国法人独资）',
  '有限责任公司（外国自然人独资）',
  '有限责任公司（港澳台法人独资）',
  '有限责任公司（港澳台自然人独资）',
  '有限责任公司（台港澳与境内合资）',
  '有限责任公司分公司（自然人投资或控股）',
  '有限责任公司分公司（自然人独资）',
  '有限责任公司分公司（非自然人投资或控股的法人独资）',
  '有限责任公司分公司（国有独资）',
  '其他有限责任公司',
  '其他有限责任公司分公司',
  '股份有限公司（非上市、自然人投资或控股）',
  '股份有限公司（非上市、国有控股）',
  '股份有限公司（上市、自然人投资或控股）',
  '股份有限公司（非上市）',
  '股份有限公司分公司（非上市、自然人投资或控股）',
  '其他股份有限公司（非上市）',
  '个人独资企业',
  '个人独资企业分支机构',
  '普通合伙企业',
  '有限合伙企业',
  '特殊普通合伙企业',
  '合伙企业分支机构',
  '农民专业合作社',
  '农民专业合作社分支机构',
  '全民所有制',
  '集体所有制',
  '股份合作制',
];

/**
 * Whether a business type is the start of a longer one (有限责任公司 of 有限责任公司（国有独资）,
 * 个人独资企业 of 个人独资企业分支机构): read from a poor picture, its rest may be lost.
 */
export const typeContinued = (type: string) =>
  !!type && BUSINESS_TYPES.some((t) => t.length > type.length && t.startsWith(type));

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

/** Brackets and 、: thin marks a photo often loses, left out when types are compared. */
const isMark = (ch: string) => '（）、'.includes(ch);
const bare = (s: string) => [...s].filter((ch) => !isMark(ch)).join('');

/**
 * The one registered type a reading spells when any character may also be read as one of the
 * line model's alternatives for it (rec.ts), brackets and 、 left out; null when none or two
 * do. 股份有限公司（井上市、自然人投资或控股 with 非 behind 井 spells 股份有限公司（非上市、
 * 自然人投资或控股）, where edits alone cannot tell it from 股份有限公司（上市、…）: the model saw
 * a character there, and only one of its readings is a type.
 */
function typeByAlternatives(text: string, alts: readonly string[]): string | null {
  const chars = [...text];
  if (alts.length !== chars.length || !alts.some(Boolean)) return null;
  const read = chars.flatMap((ch, i) => (isMark(ch) ? [] : [{ ch, alts: alts[i]! }]));
  const fits = BUSINESS_TYPES.filter((b) => {
    const want = [...bare(b)];
    return (
      want.length === read.length &&
      want.every((ch, i) => ch === read[i]!.ch || read[i]!.alts.includes(ch))
    );
  });
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * The registered type a reading stands for: itself when it is one; otherwise the one type
 * closest to it, when that is within two edits (one for short types) and every other type is
 * further still (by two edits when it is two away). Brackets and the 、 inside them are left out of the count: they are thin
 * marks a photo often loses, and no two types differ by them alone. Anything else is
 * returned as read. `alts` (per code point of `text`, optional) are the line model's other
 * readings of each character: a reading they make a type exactly is that type (see
 * `typeByAlternatives`).
 * Example: '有限责任公司分公司自然人投资或控' → '有限责任公司分公司（自然人投资或控股）'.
 */
export function snapBusinessType(text: string, alts: readonly string[] = []): string {
  const t = text.replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '、');
  if (BUSINESS_TYPES.includes(t)) return t;
  const spelled = typeByAlternatives(t, alts);
  if (spelled) return spelled;
  const scored = BUSINESS_TYPES.map((b) => ({ b, d: editDistance(bare(b), bare(t)) })).sort(
    (x, y) => x.d - y.d,
  );
  const [best, second] = scored;
  if (!best) return t;
  const within = best.d <= (best.b.length < 8 ? 1 : 2);
  // Two edits away, it must be clearly the closest: a glare photo's 有限责任公司分公司（自然人投
  // 股）, 资或控 under the glare, is two edits from …（自然人独资） and three from the printed
  // …（自然人投资或控股）.
  const lead = best.d >= 2 ? 2 : 1;
  return within && (!second || second.d >= best.d + lead) ? best.b : t;
}
