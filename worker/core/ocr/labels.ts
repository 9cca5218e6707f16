/**
 * The printed labels of each document and how they are found in a row of recognised
 * characters: exactly, or with one character misread (one dropped, for the long ones), and
 * whatever the letter spacing (名\u3000\u3000称 reads as 名称 with a wide gap inside). Short labels
 * count only where a label can stand (at the start of the row or of a column), so a value
 * that happens to contain 名称 or 住所 is not cut there.
 */
import { ETHNICITIES } from './ethnicities';
import type { Glyph, GlyphRow } from './glyphs';
import type { IdField, LicenceField } from './types';

/** 个体工商户 (an individual business) or a company, partnership or other enterprise. */
export type LicenceFamily = 'individual' | 'company';

export interface LabelDef {
  text: string;
  /** The field this label's value goes to; null for labels that only end other values. */
  field: string | null;
  /** The licence family that prints this label. */
  family?: LicenceFamily;
  /** Its value is a person's name (a transcribed name may carry a middle dot). */
  person?: true;
}

export const ID_LABELS: readonly LabelDef[] = [
  { text: '公民身份号码', field: 'id_number' },
  { text: '姓名', field: 'name', person: true },
  { text: '性别', field: 'sex' },
  { text: '民族', field: 'ethnicity' },
  { text: '出生', field: 'birth' },
  { text: '住址', field: 'address' },
] satisfies (LabelDef & { field: IdField })[];

type LicenceDef = LabelDef & { field: LicenceField | null };

// The licence's person labels are not `person`: its names are printed at the values' size,
// where a dropped middle dot's blank is within the line model's placement noise (tuning half:
// 阿里木艾山's widest gap 1.30 of the usual, 扎西顿珠's 1.33). A name read without its dot is
// marked for the applicant instead (licence.ts), never given one by guess.

export const LICENCE_LABELS: readonly LabelDef[] = [
  { text: '统一社会信用代码', field: 'credit_code' },
  { text: '名称', field: 'name' },
  { text: '类型', field: 'type' },
  { text: '经营者', field: 'legal_rep', family: 'individual' },
  { text: '法定代表人', field: 'legal_rep', family: 'company' },
  { text: '执行事务合伙人', field: 'legal_rep', family: 'company' },
  { text: '负责人', field: 'legal_rep', family: 'company' },
  { text: '投资人', field: 'legal_rep', family: 'company' },
  { text: '经营场所', field: 'address', family: 'individual' },
  { text: '主要经营场所', field: 'address', family: 'company' },
  { text: '营业场所', field: 'address', family: 'company' },
  { text: '住所', field: 'address', family: 'company' },
  { text: '注册日期', field: 'reg_date', family: 'individual' },
  { text: '成立日期', field: 'reg_date', family: 'company' },
  { text: '组成形式', field: null, family: 'individual' },
  { text: '注册资本', field: null, family: 'company' },
  { text: '出资额', field: null, family: 'company' },
  { text: '营业期限', field: null, family: 'company' },
  { text: '合伙期限', field: null, family: 'company' },
  { text: '经营范围', field: null },
  { text: '登记机关', field: null },
  { text: '副本编号', field: null },
] satisfies LicenceDef[];

export interface LabelHit {
  def: LabelDef;
  /** Index of the row in the rows searched. */
  row: number;
  /** The label's glyphs: [g0, g1). */
  g0: number;
  g1: number;
  /** Page x of the label's left and right edges. */
  x0: number;
  x1: number;
  exact: boolean;
  /**
   * The label's last character was read as another one, unsure: the value's first character
   * may have run into it (执行事务合伙人 杜平鑫 read 执行事务合伙灶 平鑫, 灶 at 39).
   */
  swallowed?: true;
  /** The label's first character was lost: only the rest of it was read (`halfLabels`). */
  half?: true;
}

/** Below this a misread last character of a label may hold the value's first (`swallowed`). */
const SWALLOWED = 60;

const isColon = (ch: string | undefined) => ch === ':' || ch === '：';

/** A row's character height. */
export const rowHeight = (r: GlyphRow) => Math.max(8, r.h);

/** Whether a label may start at glyph i: the row's start, or after a blank of ~half a character. */
function startsColumn(gs: readonly Glyph[], i: number, h: number): boolean {
  return i === 0 || gs[i]!.x - gs[i - 1]!.x >= 1.55 * h;
}

/** Differences between `w` and `label` of equal length; or one dropped character (−1 = no). */
function distance(w: string[], label: string[]): number {
  if (w.length === label.length) {
    let d = 0;
    for (let k = 0; k < w.length; k++) if (w[k] !== label[k]) d++;
    return d;
  }
  if (w.length === label.length - 1) {
    // One character of the label missing: the rest in order.
    for (let skip = 0; skip < label.length; skip++) {
      const rest = label.filter((_, k) => k !== skip);
      if (rest.every((c, k) => c === w[k])) return 1;
    }
  }
  return 99;
}

/**
 * Every label on every row, longest labels first so 主要经营场所 wins over 经营场所 and 住所
 * never matches inside it. A glyph belongs to at most one label.
 */
export function findLabelHits(rows: readonly GlyphRow[], defs: readonly LabelDef[]): LabelHit[] {
  const sorted = [...defs].sort((a, b) => b.text.length - a.text.length);
  const hits: LabelHit[] = [];
  rows.forEach((row, r) => {
    const gs = row.glyphs;
    const h = rowHeight(row);
    const used = new Uint8Array(gs.length);
    const chars = gs.map((g) => g.ch);
    const take = (def: LabelDef, g0: number, g1: number, exact: boolean) => {
      const last = gs[g1 - 1]!;
      const swallowed = !exact && last.ch !== def.text.at(-1) && last.confidence < SWALLOWED;
      // A colon printed after the label (名称：) belongs to it, not to the value.
      if (g1 < gs.length && isColon(gs[g1]!.ch) && gs[g1]!.x - gs[g1 - 1]!.x < 1.5 * h) g1++;
      for (let k = g0; k < g1; k++) used[k] = 1;
      hits.push({
        def,
        row: r,
        g0,
        g1,
        x0: gs[g0]!.x - h / 2,
        x1: gs[g1 - 1]!.x + h / 2,
        exact,
        ...(swallowed ? { swallowed: true as const } : {}),
      });
    };
    const free = (g0: number, g1: number) => {
      for (let k = g0; k < g1; k++) if (used[k]) return false;
      return g1 <= gs.length;
    };
    // Exact matches first (all labels), then one-character misreadings.
    for (const exactPass of [true, false]) {
      for (const def of sorted) {
        const label = [...def.text];
        const n = label.length;
        const lengths = exactPass ? [n] : n >= 4 ? [n, n - 1] : [n];
        for (const len of lengths) {
          for (let i = 0; i + len <= gs.length; i++) {
            if (!free(i, i + len)) continue;
            const d = distance(chars.slice(i, i + len), label);
            if (exactPass ? d !== 0 : d !== 1) continue;
            const lastRead = chars[i + len - 1] === label[n - 1];
            if (!lastRead && isOwnValue(def, chars[i + len - 1]!)) continue;
            if (!plausible(gs, i, i + len, n, h, exactPass, lastRead)) continue;
            take(def, i, i + len, exactPass);
            i += len - 1;
          }
        }
      }
    }
  });
  hits.push(...halfLabels(rows, defs, hits));
  return hits.sort((a, b) => a.row - b.row || a.x0 - b.x0);
}

/**
 * Labels that lost their first characters, for the fields whose label was found nowhere else:
 * a two- or three-character label read without its first (名 of 姓名, its 姓 faded; 资人 of
 * 投资人) where a label stands (at the start of a row or column), and any label read by its
 * last characters, even one, as the first thing on a row at the page's left edge, where the
 * frame cut the rest off (人 of 法定代表人, 者 of 经营者, 期 of 注册日期). The part read must be
 * sure and followed by a blank or a colon before its value. A lone character in running text
 * has neither; one found on two rows proves nothing. A lone first character (姓) is left
 * alone: the value's first character may be its misread 名. A long label missing one
 * character inside is found by `findLabelHits` itself.
 */
function halfLabels(
  rows: readonly GlyphRow[],
  defs: readonly LabelDef[],
  hits: readonly LabelHit[],
): LabelHit[] {
  const out: LabelHit[] = [];
  const found = new Set(hits.flatMap((k) => (k.def.field ? [k.def.field] : [])));
  // One field's labels may end alike (人 of 法定代表人 and of 负责人): the first takes it.
  for (const def of defs) {
    const chars = [...def.text];
    if (!def.field || found.has(def.field)) continue;
    const candidates: LabelHit[] = [];
    rows.forEach((row, r) => {
      const gs = row.glyphs;
      const h = rowHeight(row);
      // At the page's edge: the row's first glyph within 2.5 characters of it (a letter-spaced
      // label's last character, the rest cut off). Labels printed whole start further in.
      const atEdge = gs[0] !== undefined && gs[0].x - h / 2 < 2.5 * h;
      for (let lost = 1; lost < chars.length; lost++) {
        const rest = chars.slice(lost);
        const edgeOnly = chars.length > 3 || lost > 1;
        if (edgeOnly && !atEdge) continue;
        // At the edge only the row's first glyph can start such a label.
        for (let i = 0; i < (edgeOnly ? 1 : gs.length); i++) {
          const last = i + rest.length - 1;
          if (!rest.every((c, k) => gs[i + k]?.ch === c && gs[i + k]!.confidence >= 50)) continue;
          if (!gs[last + 1]) continue;
          const taken = (k: LabelHit) => k.row === r && last >= k.g0 && i < k.g1;
          if (hits.some(taken) || out.some(taken) || candidates.some(taken)) continue;
          if (!startsColumn(gs, i, h)) continue;
          const colon = isColon(gs[last + 1]!.ch) && gs[last + 2];
          if (!colon && gs[last + 1]!.x - gs[last]!.x < 1.55 * h) continue;
          const g1 = colon ? last + 2 : last + 1;
          // A lone 别 is 性别 only before the sex it labels (乌孜别克 holds one too).
          if (def.field === 'sex' && !isOwnValue(def, gs[g1]!.ch)) continue;
          candidates.push({
            def: edgeOnly ? unsure(def, rest.join(''), defs) : def,
            row: r,
            g0: i,
            g1,
            x0: gs[i]!.x - h / 2,
            x1: gs[g1 - 1]!.x + h / 2,
            exact: false,
            half: true,
          });
        }
      }
    });
    if (candidates.length === 1) {
      out.push(candidates[0]!);
      found.add(def.field);
    }
  }
  return out;
}

/**
 * A label known by its last characters alone says nothing of the licence's family when
 * labels of both families end that way (期 of 注册日期 and of 成立日期).
 */
function unsure(def: LabelDef, end: string, defs: readonly LabelDef[]): LabelDef {
  const families = new Set(defs.filter((d) => d.text.endsWith(end)).map((d) => d.family));
  if (families.size < 2) return def;
  const { family: _, ...rest } = def;
  return rest;
}

/**
 * Whether `ch`, read where a label's last character stands, is a whole value of the label's
 * own field: then it is that value and the label lost its last character (a blurred 性别 whose
 * 别 faded reads 性 … 女, which is no misread 性别). Only the ID card's fields with a closed
 * list: the sex, and the ethnicities of one character (汉, 回, 藏 …).
 */
function isOwnValue(def: LabelDef, ch: string): boolean {
  if (def.field === 'sex') return ch === '男' || ch === '女';
  if (def.field === 'ethnicity') return ETHNICITIES.has(ch);
  return false;
}

/**
 * Where a label of `n` characters may stand: long exact labels anywhere; short ones and any
 * misreading only at the start of a row or column; a two-character misreading only when
 * letter-spaced or followed by a blank (as labels are printed), never inside running text.
 * A short label whose last character is the misread one must be followed by a blank or a
 * colon: a blurred 姓名 whose 名 faded reads 姓 and then the value, whose first character
 * would otherwise pass for the lost 名 (`lastRead`: the last character was read as printed).
 */
function plausible(
  gs: readonly Glyph[],
  g0: number,
  g1: number,
  n: number,
  h: number,
  exact: boolean,
  lastRead = true,
): boolean {
  // However letter-spaced, a label spans a few characters, never half the page.
  if (gs[g1 - 1]!.x - gs[g0]!.x > (n + 4) * h) return false;
  if (exact && n >= 4) return true;
  if (!exact && n >= 5) return true;
  if (!startsColumn(gs, g0, h)) return false;
  if (exact) return true;
  // A misreading inside a row stands clear of the text before it (a second column's label
  // follows its first column's value by a wide blank): text spread wide on a hard photo has
  // ~1.6 character heights between its characters, and 投资或 of (自然人投资或控股) is one
  // character off 投资人.
  if (g0 > 0 && gs[g0]!.x - gs[g0 - 1]!.x < 2.5 * h) return false;
  // A misread short label is told from running text (经营活动 in a wrapped scope is not 经营者)
  // by how labels are printed: letter-spaced, or followed by a blank or a colon.
  const gap = gs[g0 + 1]!.x - gs[g0]!.x;
  // Letter spacing spreads a label over at most the width of the longest one (~6 characters).
  const spaced = gap >= 1.55 * h && gap <= 5 * h;
  const blankAfter = g1 < gs.length && gs[g1]!.x - gs[g1 - 1]!.x >= 1.55 * h;
  if (!lastRead) return blankAfter || isColon(gs[g1]?.ch);
  return spaced || blankAfter || isColon(gs[g1]?.ch);
}

/** How many fields a document's labels name (six on either document). */
export const fieldCount = (defs: readonly LabelDef[]) =>
  new Set(defs.flatMap((d) => d.field ?? [])).size;
