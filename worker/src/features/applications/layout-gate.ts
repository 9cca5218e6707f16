/**
 * The layout gate of a 新办 (new) application at approval (PRODUCT.md §2–3): the same layout
 * check the applicant saw in "能否在此开店？". The grid's capacity is enforced inside the approval
 * batch (an assertion, so two approvals cannot take the last place twice); the distance rules —
 * spacing between retailers and the school zone — are checked here, just before, and refuse the
 * approval unless the approver records an override reason.
 */
import type { LayoutReason } from '../../../core/layout';
import { assertInBatch } from '../../lib/batch';
import { AppError } from '../../lib/errors';
import { COUNTING_SQL } from '../grids/grids.counts';
import { layoutCheck, type LayoutCheckResult } from '../layout/layout.service';
import type { ApplicationRow } from './applications.repo';

/** The layout check at the case's premises; null for other types or a case without a point. */
export async function caseLayout(
  d1: D1Database,
  row: ApplicationRow,
): Promise<LayoutCheckResult | null> {
  if (row.type !== 'new') return null;
  let form: { lat?: unknown; lng?: unknown };
  try {
    form = JSON.parse(row.form_json) as typeof form;
  } catch {
    return null;
  }
  const lat = Number(form.lat);
  const lng = Number(form.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  return layoutCheck(d1, { lat, lng, county: row.jurisdiction_code });
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

/** The error for the distance rules a layout check finds broken, or null. */
function breachError(layout: LayoutCheckResult | null): AppError | null {
  const breaches = (layout?.reasons ?? []).filter(isDistanceBreach);
  if (!breaches.length) return null;
  const texts = breaches.map(breachText);
  return new AppError(
    'LAYOUT_RULES',
    breaches.map((b, i) => ({ path: `layout.${b.code}`, message: texts[i]?.zh ?? '' })),
    {
      zh: `该地点不符合合理布局要求：${texts.map((t) => t.zh).join('；')}。如需特批，请填写理由。`,
      en: `The location breaks a layout rule: ${texts.map((t) => t.en).join('; ')}. An override needs a recorded reason.`,
    },
  );
}

/** The error that stops an approval breaking a distance rule, or null when none is broken. */
export async function distanceRuleError(
  d1: D1Database,
  row: ApplicationRow,
): Promise<AppError | null> {
  return breachError(await caseLayout(d1, row));
}

/**
 * The layout gate of an approval without override: throws LAYOUT_RULES when a distance rule is
 * broken now, else returns an assertion for the approval's batch that the spacing still holds
 * when it commits — so two approvals a few metres apart at the same instant cannot both pass.
 */
export async function approvalLayoutGate(
  d1: D1Database,
  row: ApplicationRow,
): Promise<D1PreparedStatement[]> {
  const layout = await caseLayout(d1, row);
  const breach = breachError(layout);
  if (breach) throw breach;
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
