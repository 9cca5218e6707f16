/**
 * The layout gate of a 新办 (new) application at approval (PRODUCT.md §2–3): the same layout
 * check the applicant saw in "能否在此开店？", plus the case's place in its grid's queue (轮候).
 * Every rule broken is named at once — a place in the grid in order of acceptance, the spacing
 * between retailers, the school zone — and refuses the approval unless the approver records an
 * override reason; the override then keeps which rules it overrode. The rules that can change
 * under a concurrent approval (the last place, the spacing) are asserted again inside the
 * approval batch, so two approvals cannot both pass where only one may.
 */
import type { LayoutGateBreach } from '../../../core/layout-gate';
import type { LayoutReason } from '../../../core/layout';
import { assertInBatch } from '../../lib/batch';
import { AppError } from '../../lib/errors';
import { COUNTING_SQL } from '../grids/grids.counts';
import { layoutCheck, type LayoutCheckResult } from '../layout/layout.service';
import { gridPlace, type ApplicationRow } from './applications.repo';

/** The point of a 新办 as its form gives it, or null. */
function pointOf(row: ApplicationRow): { lat: number; lng: number } | null {
  let form: { lat?: unknown; lng?: unknown };
  try {
    form = JSON.parse(row.form_json) as typeof form;
  } catch {
    return null;
  }
  const lat = Number(form.lat);
  const lng = Number(form.lng);
  return Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
}

/**
 * The layout check at the case's premises; null for other types or a case without a point.
 * A decided case is checked without its own licence as a neighbour.
 */
export async function caseLayout(
  d1: D1Database,
  row: ApplicationRow,
): Promise<LayoutCheckResult | null> {
  if (row.type !== 'new') return null;
  const point = pointOf(row);
  if (!point) return null;
  return layoutCheck(d1, {
    ...point,
    county: row.jurisdiction_code,
    excludeLicenceId: row.licence_id,
  });
}

type DistanceReason = Extract<LayoutReason, { code: 'too_close_retailer' | 'school_zone' }>;

function isDistanceBreach(r: LayoutReason): r is DistanceReason {
  return r.code === 'too_close_retailer' || r.code === 'school_zone';
}

/** One sentence per broken distance rule, in both languages. */
export function breachText(r: DistanceReason): { zh: string; en: string } {
  return r.code === 'school_zone'
    ? {
        zh: `距“${r.name}”${r.distanceM} 米，处于学校周边 ${r.minM} 米禁设范围内`,
        en: `${r.distanceM} m from ${r.name}, inside the ${r.minM} m school zone`,
      }
    : {
        zh: `距零售户“${r.name}”${r.distanceM} 米，少于最小间距 ${r.minM} 米`,
        en: `${r.distanceM} m from the retailer ${r.name}, under the ${r.minM} m minimum spacing`,
      };
}

/** The grid-place rule, broken when no free place is left once earlier cases have theirs. */
function placeBreach(p: { capacity: number; count: number; free: number; ahead: number }) {
  if (p.free > p.ahead) return null;
  const position = p.ahead + 1;
  const breach: LayoutGateBreach =
    p.free <= 0
      ? {
          rule: 'grid_place',
          zh: `该市场单元容量${p.capacity}个、现有${p.count}户，已无空余名额；本申请轮候第${position}位`,
          en: `the grid holds ${p.capacity} and has ${p.count} retailers, no place is free; this application is number ${position} in its queue`,
        }
      : {
          rule: 'grid_place',
          zh: `该市场单元空余${p.free}个名额，先受理的${p.ahead}件申请仍在轮候；本申请轮候第${position}位`,
          en: `the grid has ${p.free} free place(s) and ${p.ahead} application(s) accepted earlier still wait; this application is number ${position} in its queue`,
        };
  return breach;
}

/** What the gate sees now: the layout check and every rule an approval would break. */
export interface GateFindings {
  layout: LayoutCheckResult | null;
  breaches: LayoutGateBreach[];
}

/** Every layout rule approving this 新办 would break now (none for other types). */
export async function gateFindings(
  d1: D1Database,
  row: ApplicationRow,
  today: string,
): Promise<GateFindings> {
  if (row.type !== 'new') return { layout: null, breaches: [] };
  const [layout, place] = await Promise.all([caseLayout(d1, row), gridPlace(d1, row, today)]);
  const breaches: LayoutGateBreach[] = (layout?.reasons ?? [])
    .filter(isDistanceBreach)
    .map((r) => ({ rule: r.code, ...breachText(r) }));
  const full = place ? placeBreach(place) : null;
  if (full) breaches.push(full);
  return { layout, breaches };
}

/**
 * The refusal naming every broken rule, or null: GRID_FULL when only the place (轮候) stands
 * in the way, LAYOUT_RULES as soon as a distance rule does. One issue per rule.
 */
export function gateError(breaches: LayoutGateBreach[]): AppError | null {
  if (!breaches.length) return null;
  const onlyPlace = breaches.every((b) => b.rule === 'grid_place');
  const n = breaches.length;
  const list = (k: 'zh' | 'en') =>
    breaches.map((b, i) => (n > 1 ? `${'①②③④'[i] ?? `${i + 1}.`}${b[k]}` : b[k]));
  return new AppError(
    onlyPlace ? 'GRID_FULL' : 'LAYOUT_RULES',
    breaches.map((b) => ({ path: `layout.${b.rule}`, message: b.zh })),
    {
      zh: `${onlyPlace ? '暂不能准予' : '该地点不符合合理布局要求'}：${list('zh').join('；')}。如需特批，请填写理由。`,
      en: `${onlyPlace ? 'Not yet' : 'The location breaks the layout rules'}: ${list('en').join('; ')}. An override needs a recorded reason.`,
    },
  );
}

/**
 * The assertion for the approval's batch that the minimum spacing still holds when it commits,
 * so two approvals a few metres apart at the same instant cannot both pass.
 */
export function spacingAssertion(
  d1: D1Database,
  layout: LayoutCheckResult | null,
): D1PreparedStatement[] {
  const minM = layout?.rules.minSpacingM ?? 0;
  if (!layout || minM <= 0) return [];
  const { lat, lng } = layout.point;
  const mLat = 111_320;
  const mLng = mLat * Math.cos((lat * Math.PI) / 180);
  const dLat = minM / mLat;
  const dLng = minM / mLng;
  return [
    assertInBatch(
      d1,
      'retailer_spacing',
      `NOT EXISTS (SELECT 1 FROM premises p JOIN licences l ON l.premises_id = p.id
         WHERE l.status IN ${COUNTING_SQL} AND p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ?
         AND ((p.lat - ?) * ?) * ((p.lat - ?) * ?) + ((p.lng - ?) * ?) * ((p.lng - ?) * ?) < ?)`,
      lat - dLat,
      lat + dLat,
      lng - dLng,
      lng + dLng,
      lat,
      mLat,
      lat,
      mLat,
      lng,
      mLng,
      lng,
      mLng,
      minM * minM,
    ),
  ];
}

/**
 * The layout gate of an approval without override: throws the refusal naming every broken
 * rule, else returns the in-batch spacing assertion (the place is asserted by the plan).
 */
export async function approvalLayoutGate(
  d1: D1Database,
  row: ApplicationRow,
  today: string,
): Promise<D1PreparedStatement[]> {
  const f = await gateFindings(d1, row, today);
  const err = gateError(f.breaches);
  if (err) throw err;
  return spacingAssertion(d1, f.layout);
}
