/**
 * Staff actions on a case: each builds one transition (with its licence effects and inbox
 * message) and applies it atomically. Called by the staff routes after scope checks.
 */
import type { StaffActionInput } from '../../../core/api';
import { nextStatus } from '../../../core/application-state';
import type { WorkCalendar } from '../../../core/calendar';
import { INSPECTION_BEFORE_DECISION, TYPE_OUTCOMES } from '../../../core/business-types';
import { correctionDeadline, decisionDeadline, deliveryDeadline } from '../../../core/clocks';
import type { Ctx, StaffPrincipal } from '../../app-env';
import { AppError } from '../../lib/errors';
import { publishFeed } from '../live/live.feed';
import { planApproval } from '../licences/licence-effects';
import { caseMessage, smsAfterCommit } from '../notifications/notify';
import { findGrid, gridQueue } from '../grids/grids.service';
import { lastInspection, type ApplicationRow } from './applications.repo';
import { applyTransition, LICENCE_NUMBER_SLOT, type Transition } from './applications.transition';
import { caseLayout, gateError, gateFindings, spacingAssertion } from './layout-gate';
import { appNowIso } from '../../lib/clock';
import { caseTaskSpot, caseTaskStatements, finishCaseTaskStatement } from '../tasks/tasks.repo';
import { insideCity } from '../../../core/coords';
import type { GridChangeCause } from '../../../core/live';
import { decisionDocumentStatements } from '../documents/documents.decisions';
import { licenceEvent } from '../webhooks/webhooks.emit';
import { LICENCE_CHANGE_OF } from '../../../core/webhooks';
import { decisionLevelStatements } from '../sop/sop.case';
import { terminationTransition } from './case-termination';

function parseForm(json: string): Record<string, unknown> {
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function licenceNumberOf(d1: D1Database, id: string | null): Promise<string | null> {
  if (!id) return null;
  const r = await d1
    .prepare('SELECT number FROM licences WHERE id = ?')
    .bind(id)
    .first<{ number: string }>();
  return r?.number ?? null;
}

/** Whether a case accepted now into this grid would have to wait for a place. */
async function wouldQueue(d1: D1Database, gridId: string): Promise<boolean> {
  const [grid, queue] = await Promise.all([findGrid(d1, gridId), gridQueue(d1, gridId)]);
  if (!grid) return false;
  return queue.length + 1 > grid.capacity - grid.retailer_count;
}

/** Two or more active inspectors of the case's county (or the city); INVALID_INSPECTORS otherwise. */
export async function checkInspectors(c: Ctx, row: ApplicationRow, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const res = await c.env.DB.prepare(
    `SELECT COUNT(DISTINCT u.id) AS n FROM staff_users u JOIN staff_scopes s ON s.staff_id = u.id
     WHERE u.id IN (${unique.map(() => '?').join(',')}) AND u.role = 'inspector' AND u.active = 1
       AND s.jurisdiction_code IN (?, (SELECT parent_code FROM jurisdictions WHERE code = ?))`,
  )
    .bind(...unique, row.jurisdiction_code, row.jurisdiction_code)
    .first<{ n: number }>();
  if (unique.length < 2 || (res?.n ?? 0) !== unique.length)
    throw new AppError('INVALID_INSPECTORS');
}

/** Carries out one staff action on a case the caller may act on. */
export async function performStaffAction(
  c: Ctx,
  p: StaffPrincipal,
  row: ApplicationRow,
  input: StaffActionInput,
  cal: WorkCalendar,
  today: string,
): Promise<void> {
  // Who may take which action was decided by the route (core/access.ts mayPerform).
  const d1 = c.env.DB;
  let to = row.status;
  if (input.action !== 'extend') {
    const next = nextStatus(row.status, input.action, {
      correctionRequested: row.correction_requested === 1,
    });
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', undefined, next.reason);
    to = next.to;
  }
  const facts = { ref: row.ref, type: row.type };
  const base: Transition = {
    applicationId: row.id,
    expectedVersion: input.version,
    from: row.status,
    to,
    action: input.action,
    actor: { kind: 'staff', id: p.id, name: p.displayName },
    reason: null,
    at: appNowIso(c.env),
    audit: {
      event: 'application_transition',
      requestId: c.get('requestId'),
      ip: c.req.header('cf-connecting-ip') ?? null,
    },
  };
  let t: Transition;
  let gridChanges: string[] = [];
  switch (input.action) {
    case 'accept': {
      const deadline = decisionDeadline(today, false, cal);
      // In a full grid the case joins the queue (轮候): tell the applicant so, not just "accepted".
      const queued = row.type === 'new' && row.grid_id ? await wouldQueue(d1, row.grid_id) : false;
      t = {
        ...base,
        set: { accepted_on: today, deadline },
        // The 受理通知书, numbered and signed, commits with the acceptance.
        extra: await decisionDocumentStatements(c, p, row, 'accept', today, { deadline }),
        data: queued ? { queued: true } : undefined,
        notify: caseMessage(row.applicant_id, queued ? 'queued' : 'accepted', {
          ...facts,
          deadline,
        }),
      };
      break;
    }
    case 'request_correction':
      // 补正告知 must come within 5 working days of submission; after that the case counts
      // as accepted and only acceptance remains.
      if (row.submitted_on && today > correctionDeadline(row.submitted_on, cal)) {
        throw new AppError('PRECONDITION_FAILED', undefined, {
          zh: '已超过补正告知期限（收到申请后5个工作日），依法视为受理，不能再要求补正。',
          en: 'The 5-working-day window for correction requests has passed: the application counts as accepted.',
        });
      }
      t = {
        ...base,
        reason: input.items.join('\n'),
        data: { items: input.items },
        set: { correction_requested: 1, deadline: null },
        extra: await decisionDocumentStatements(c, p, row, 'request_correction', today, {
          items: input.items,
        }),
        notify: caseMessage(row.applicant_id, 'correction_requested', {
          ...facts,
          items: input.items,
        }),
      };
      break;
    case 'require_inspection': {
      await checkInspectors(c, row, input.inspectorIds);
      const spot = await caseTaskSpot(d1, row);
      t = {
        ...base,
        reason: input.reason ?? null,
        data: { inspectorIds: input.inspectorIds },
        set: { assigned_inspector_id: input.inspectorIds[0] ?? null },
        // Every officer of the check may open the case and record its result.
        extra: [
          d1.prepare('DELETE FROM case_inspectors WHERE application_id = ?').bind(row.id),
          ...[...new Set(input.inspectorIds)].map((id, i) =>
            d1
              .prepare(
                'INSERT INTO case_inspectors (application_id, staff_id, position) VALUES (?, ?, ?)',
              )
              .bind(row.id, id, i + 1),
          ),
          // The check is a task on the officers' phones, with its working-day deadline.
          ...caseTaskStatements(d1, {
            id: crypto.randomUUID(),
            applicationId: row.id,
            county: row.jurisdiction_code,
            placeName: row.shop_name || row.ref,
            address: row.address ?? '',
            lat: spot?.lat ?? null,
            lng: spot?.lng ?? null,
            officerIds: [...new Set(input.inspectorIds)],
            now: base.at,
            cal,
            createdBy: p.id,
          }),
        ],
        notify: caseMessage(row.applicant_id, 'inspection', facts),
      };
      break;
    }
    case 'record_inspection':
      t = {
        ...base,
        reason: input.notes,
        data: { passed: input.passed, notes: input.notes },
        extra: [finishCaseTaskStatement(d1, row.id, input.passed, appNowIso(c.env))],
      };
      break;
    case 'extend': {
      if (row.status !== 'accepted' && row.status !== 'inspection') {
        throw new AppError('ILLEGAL_TRANSITION');
      }
      if (row.extended === 1) throw new AppError('ALREADY_EXTENDED');
      const deadline = decisionDeadline(row.accepted_on ?? today, true, cal);
      t = {
        ...base,
        reason: input.reason,
        set: { extended: 1, deadline },
        extra: await decisionDocumentStatements(c, p, row, 'extend', today, {
          deadline,
          reason: input.reason,
        }),
        notify: caseMessage(row.applicant_id, 'extended', {
          ...facts,
          deadline,
          reasons: [input.reason],
        }),
      };
      break;
    }
    case 'refuse': {
      // The decision is the SOP's last level: the levels before it must have spoken.
      const levels = await decisionLevelStatements(c, p, row, 'refuse', input.reasons.join('\n'));
      // The layout as it stood at the decision stays on the case (its 合理布局 panel).
      const layout = await caseLayout(d1, row);
      t = {
        ...base,
        reason: input.reasons.join('\n'),
        data: { reasons: input.reasons, appealNotice: true, ...(layout ? { layout } : {}) },
        set: { decided_on: today, deadline: null },
        extra: [
          ...levels,
          ...(await decisionDocumentStatements(c, p, row, 'refuse', today, {
            items: input.reasons,
          })),
        ],
        notify: caseMessage(row.applicant_id, 'refused', { ...facts, reasons: input.reasons }),
      };
      break;
    }
    case 'approve': {
      // The decision on a 新办 comes after an inspection that passed (PRODUCT.md §2).
      if (INSPECTION_BEFORE_DECISION[row.type] && !(await lastInspection(d1, row.id))?.passed) {
        throw new AppError('INSPECTION_REQUIRED');
      }
      const levels = await decisionLevelStatements(
        c,
        p,
        row,
        'approve',
        input.layoutOverrideReason ?? TYPE_OUTCOMES[row.type].approved.zh,
      );
      // A 新办 decided on a spot outside the city would stretch its county across the map.
      if (
        row.type === 'new' &&
        (row.lat === null || row.lng === null || !insideCity(row.lng, row.lat))
      ) {
        throw new AppError('LOCATION_OUTSIDE_CITY');
      }
      // Every layout rule an approval would break now, named at once; an override records them.
      const found = await gateFindings(d1, row, today);
      const reason = input.layoutOverrideReason ?? null;
      if (found.breaches.length && !reason)
        throw gateError(found.breaches) ?? new AppError('CONFLICT');
      const override = found.breaches.length && reason ? { reason, rules: found.breaches } : null;
      const overrode = (rule: string) => !!override?.rules.some((b) => b.rule === rule);
      // What no override covers is asserted again inside the batch (a concurrent approval).
      const gate = overrode('too_close_retailer') ? [] : spacingAssertion(d1, found.layout);
      const plan = await approvalPlan(c, row, today, overrode('grid_place') ? reason : null);
      gridChanges = plan.gridChanges;
      const deadline = deliveryDeadline(today, cal);
      const licenceNumber =
        row.type === 'new' ? LICENCE_NUMBER_SLOT : await licenceNumberOf(d1, row.licence_id);
      t = {
        ...base,
        reason,
        data:
          override || found.layout
            ? {
                ...(override ? { layoutOverride: override } : {}),
                ...(found.layout ? { layout: found.layout } : {}),
              }
            : undefined,
        set: { decided_on: today, deadline, layout_override_reason: override?.reason ?? null },
        // The 准予许可决定书 reads the licence the plan issues, so it comes after it.
        extra: [
          ...gate,
          ...levels,
          ...plan.statements,
          ...licenceEvents(d1, row, plan.licenceId, base.at),
          ...(await decisionDocumentStatements(c, p, row, 'approve', today, {
            deadline,
            licenceId: plan.licenceId,
          })),
        ],
        notify: {
          ...caseMessage(row.applicant_id, 'approved', { ...facts, deadline, licenceNumber }),
          licenceId: plan.licenceId,
        },
        // An assertion failed: name every rule broken now (a retailer granted close by, the
        // last place taken).
        onAssertionFailure: async () =>
          gateError((await gateFindings(d1, row, today)).breaches) ??
          new AppError('PRECONDITION_FAILED'),
      };
      await applyTransition(d1, t);
      // The SMS needs the real number, which exists only now.
      const issued = await licenceNumberOf(d1, plan.licenceId);
      await afterCommit(
        c,
        caseMessage(row.applicant_id, 'approved', { ...facts, deadline, licenceNumber: issued }),
        gridChanges,
        {
          cause: row.type === 'closure' ? 'closure' : 'grant',
          shopName: row.shop_name || String(parseForm(row.form_json).shopName ?? ''),
        },
      );
      return;
    }
    case 'terminate':
      t = await terminationTransition(c, p, row, input, today, base);
      break;
    case 'deliver':
      t = {
        ...base,
        reason: input.note ?? null,
        data: { method: input.method },
        set: { delivered_on: today, deadline: null },
        notify: caseMessage(row.applicant_id, 'delivered', facts),
      };
      break;
  }
  await applyTransition(d1, t);
  await afterCommit(c, t.notify, gridChanges);
}

/** The webhook event of the licence an approval issues or changes, after the plan's writes. */
function licenceEvents(d1: D1Database, row: ApplicationRow, issued: string | null, at: string) {
  const id = issued ?? row.licence_id;
  return id ? [licenceEvent(d1, id, LICENCE_CHANGE_OF[row.type], at)] : [];
}

async function afterCommit(
  c: Ctx,
  notify: Transition['notify'],
  gridChanges: string[],
  why?: { cause: GridChangeCause; shopName: string },
): Promise<void> {
  await smsAfterCommit(c, notify);
  for (const gridId of gridChanges) {
    const g = await findGrid(c.env.DB, gridId);
    if (!g) continue;
    try {
      await publishFeed(c.env, {
        type: 'grid_changed',
        gridId: g.id,
        jurisdictionCode: g.jurisdiction_code,
        retailerCount: g.retailer_count,
        capacity: g.capacity,
        at: appNowIso(c.env),
        ...(why ? { cause: why.cause, ...(why.shopName ? { shopName: why.shopName } : {}) } : {}),
      });
    } catch (err) {
      console.error(
        JSON.stringify({ level: 'warn', requestId: c.get('requestId'), feed: String(err) }),
      );
    }
  }
}

async function approvalPlan(c: Ctx, row: ApplicationRow, today: string, override: string | null) {
  const d1 = c.env.DB;
  const j = await d1
    .prepare('SELECT code, h3_res, licence_pattern FROM jurisdictions WHERE code = ?')
    .bind(row.jurisdiction_code)
    .first<{ code: string; h3_res: number; licence_pattern: string }>();
  if (!j) throw new AppError('NOT_FOUND');
  const licence = row.licence_id
    ? await d1
        .prepare(
          `SELECT l.id, l.premises_id, p.grid_id, l.expires_on FROM licences l
           JOIN premises p ON p.id = l.premises_id WHERE l.id = ?`,
        )
        .bind(row.licence_id)
        .first<{ id: string; premises_id: string; grid_id: string; expires_on: string }>()
    : null;
  return planApproval({
    d1,
    today,
    now: appNowIso(c.env),
    applicationId: row.id,
    applicantId: row.applicant_id,
    type: row.type,
    form: parseForm(row.form_json),
    jurisdiction: { code: j.code, h3Res: j.h3_res, licencePattern: j.licence_pattern },
    gridId: row.grid_id,
    acceptedOn: row.accepted_on,
    ref: row.ref,
    licence: licence
      ? {
          id: licence.id,
          premisesId: licence.premises_id,
          gridId: licence.grid_id,
          expiresOn: licence.expires_on,
        }
      : null,
    layoutOverride: override,
  });
}
