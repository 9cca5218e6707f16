/**
 * Submitting an application (提交) and resubmitting after a correction request (补正后重新提交):
 * the form is checked against its business type, the applicant's identity and licence, and the
 * preconditions of PRODUCT.md §2, then the case enters the window's queue with its clock.
 */
import type { z } from 'zod';
import type { BusinessType, LicenceStatus } from '../../../core/business-types';
import type { WorkCalendar } from '../../../core/calendar';
import { correctionDeadline } from '../../../core/clocks';
import { appNowIso } from '../../lib/clock';
import { formSchemaFor } from '../../../core/forms';
import { checkPreconditions, type ChangeKind } from '../../../core/preconditions';
import type { Ctx } from '../../app-env';
import { decryptPii, encryptPii, hmacHex } from '../../lib/crypto';
import { maskIdNumber } from '../../../core/masking';
import { AppError } from '../../lib/errors';
import { countyFor, gridOfPoint, outsideCity } from '../grids/grids.locate';
import { insideCity } from '../../../core/coords';
import { ensureGrid } from '../grids/grids.service';
import type { ApplicationRow } from './applications.repo';

export interface CheckedSubmission {
  form: Record<string, unknown>;
  jurisdictionCode: string;
  shopName: string;
  address: string;
  lat: number | null;
  lng: number | null;
  gridId: string | null;
  /** Statements to commit with the submission (grid row, attachment links). */
  extra: (applicationId: string) => D1PreparedStatement[];
}

interface LicenceRow {
  id: string;
  status: LicenceStatus;
  issued_on: string;
  expires_on: string;
  suspended_until: string | null;
  jurisdiction_code: string;
  shop_name: string;
  address: string;
}

/** ID number fields of a form: kept encrypted at rest, with a masked copy for display. */
const ID_FIELDS = ['idNumber', 'agentIdNumber'] as const;

/** The form with its ID numbers replaced by an encrypted and a masked copy (drafts too). */
export async function protectIdentifiers(
  key: string,
  form: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const out = { ...form };
  for (const f of ID_FIELDS) {
    const v = out[f];
    if (typeof v !== 'string') continue;
    delete out[f];
    out[`${f}Masked`] = maskIdNumber(v);
    out[`${f}Enc`] = await encryptPii(key, v);
  }
  return out;
}

/**
 * The submitted form with the ID numbers the draft keeps encrypted filled back in where the
 * client left them out (a draft resumed on another device has only the masked copy).
 */
export async function withDraftIdentifiers(
  key: string,
  draft: Pick<ApplicationRow, 'form_json'>,
  form: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  let stored: Record<string, unknown>;
  try {
    stored = JSON.parse(draft.form_json) as Record<string, unknown>;
  } catch {
    return form;
  }
  const out = { ...form };
  for (const f of ID_FIELDS) {
    const given = out[f];
    const enc = stored[`${f}Enc`];
    if (
      (given === undefined || given === '' || given === stored[`${f}Masked`]) &&
      typeof enc === 'string'
    ) {
      out[f] = await decryptPii(key, enc);
    }
  }
  return out;
}

function invalid(error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({
    path: `form.${i.path.join('.')}`,
    message: i.message,
  }));
  return new AppError('VALIDATION_FAILED', issues, {
    zh: `申请表有${issues.length}处需要修改，请检查标出的内容。`,
    en: `${issues.length} field(s) of the form need attention.`,
  });
}

export interface SubmissionFacts {
  existing: Pick<ApplicationRow, 'id' | 'applicant_id' | 'status' | 'version'> | null;
  applicant: { real_name_verified: number; id_number_hash: string | null } | null;
  licence: LicenceRow | null;
}

/**
 * What a submission is checked against, read in one round trip: the application an
 * idempotency key already made, the applicant's identity and the licence named.
 */
export async function loadSubmissionFacts(
  d1: D1Database,
  applicantId: string,
  licenceId: string | undefined,
  idempotencyKey: string | null,
): Promise<SubmissionFacts> {
  const [existing, applicant, licence] = await d1.batch([
    d1
      .prepare(
        'SELECT id, applicant_id, status, version FROM applications WHERE idempotency_key = ?',
      )
      .bind(idempotencyKey),
    d1
      .prepare('SELECT real_name_verified, id_number_hash FROM applicants WHERE id = ?')
      .bind(applicantId),
    d1
      .prepare(
        `SELECT l.id, l.status, l.issued_on, l.expires_on, l.suspended_until, l.jurisdiction_code,
           l.shop_name, p.address FROM licences l JOIN premises p ON p.id = l.premises_id
         WHERE l.id = ? AND l.holder_applicant_id = ?`,
      )
      .bind(licenceId ?? null, applicantId),
  ]);
  const first = <T>(r: D1Result | undefined) => (r?.results?.[0] as T | undefined) ?? null;
  return {
    existing: first(existing),
    applicant: first(applicant),
    licence: first(licence),
  };
}

/** Validates a submission completely, or throws the error that lists every problem. */
export async function checkSubmission(
  c: Ctx,
  facts: SubmissionFacts,
  type: BusinessType,
  rawForm: Record<string, unknown>,
  cal: WorkCalendar,
  today: string,
): Promise<CheckedSubmission> {
  const d1 = c.env.DB;
  const applicant = facts.applicant;
  const applicantId = c.get('principal')?.id ?? '';
  if (!applicant?.real_name_verified || !applicant.id_number_hash) {
    throw new AppError('REALNAME_REQUIRED');
  }
  if (
    type === 'new' &&
    typeof rawForm.lat === 'number' &&
    typeof rawForm.lng === 'number' &&
    !insideCity(rawForm.lng, rawForm.lat)
  ) {
    throw await outsideCity(d1, 'form.lat');
  }
  const parsed = formSchemaFor(type).safeParse(rawForm);
  if (!parsed.success) throw invalid(parsed.error);
  const form = await protectIdentifiers(c.env.PII_KEY, parsed.data as Record<string, unknown>);
  const attachmentIds = Object.values((form.attachments ?? {}) as Record<string, string>);
  if (attachmentIds.length > 0) {
    const own = await d1
      .prepare(
        `SELECT COUNT(*) AS n FROM attachments WHERE applicant_id = ?
         AND id IN (${attachmentIds.map(() => '?').join(',')})`,
      )
      .bind(applicantId, ...attachmentIds)
      .first<{ n: number }>();
    if ((own?.n ?? 0) !== new Set(attachmentIds).size) {
      throw new AppError('VALIDATION_FAILED', [
        { path: 'form.attachments', message: 'an attachment is missing; upload it again' },
      ]);
    }
  }
  const link = (applicationId: string) =>
    attachmentIds.map((id) =>
      d1
        .prepare('UPDATE attachments SET application_id = ? WHERE id = ? AND applicant_id = ?')
        .bind(applicationId, id, applicantId),
    );

  if (type === 'new') {
    // The operator (or, by agent, the agent) must be the verified person behind this phone.
    const raw = parsed.data as Record<string, unknown>;
    const who = raw.byAgent ? raw.agentIdNumber : raw.idNumber;
    if ((await hmacHex(c.env.PII_KEY, `id:${String(who)}`)) !== applicant.id_number_hash) {
      throw new AppError('IDENTITY_MISMATCH');
    }
    const lat = Number(form.lat);
    const lng = Number(form.lng);
    const county = String(form.county);
    // The shop must stand in the city, in a county core's rule allows for the point: the same
    // rule that set the form's county in the applicant's map picker.
    await countyFor(d1, lat, lng, county, 'form.lat');
    // Imported official polygons win over H3 cells (PRODUCT.md §3).
    const grid = await gridOfPoint(d1, lat, lng, county);
    if (!grid) {
      throw new AppError('VALIDATION_FAILED', [{ path: 'form.county', message: 'unknown county' }]);
    }
    return {
      form,
      jurisdictionCode: county,
      shopName: String(form.shopName),
      address: String(form.address),
      lat,
      lng,
      gridId: grid.gridId,
      extra: (id) => [
        ...(grid.kind === 'h3'
          ? [ensureGrid(d1, grid.gridId, county, grid.res, appNowIso(c.env))]
          : []),
        ...link(id),
      ],
    };
  }

  const licence = facts.licence;
  if (!licence) {
    throw new AppError('VALIDATION_FAILED', [
      { path: 'licenceId', message: 'choose one of your own licences for this business type' },
    ]);
  }
  const pre = checkPreconditions(
    type,
    {
      today,
      licence: {
        status: licence.status,
        issuedOn: licence.issued_on,
        expiresOn: licence.expires_on,
        suspendedUntil: licence.suspended_until,
      },
      changeDate: form.changeDate as string | undefined,
      changeKind: form.changeKind as ChangeKind | undefined,
      closureDate: form.closureDate as string | undefined,
      suspendFrom: form.suspendFrom as string | undefined,
      suspendUntil: form.suspendUntil as string | undefined,
    },
    cal,
  );
  if (!pre.ok) {
    throw new AppError(
      'PRECONDITION_FAILED',
      pre.reasons.map((r) => ({ path: r.code, message: r.en })),
      {
        zh: `不符合办理条件：${pre.reasons.map((r) => r.zh).join('；')}`,
        en: `The conditions are not met: ${pre.reasons.map((r) => r.en).join('; ')}`,
      },
    );
  }
  return {
    form,
    jurisdictionCode: licence.jurisdiction_code,
    shopName: licence.shop_name,
    address: licence.address,
    lat: null,
    lng: null,
    gridId: null,
    extra: link,
  };
}

/** The columns a (re)submission sets, with the 5-working-day acceptance clock. */
export function submissionColumns(s: CheckedSubmission, cal: WorkCalendar, today: string) {
  return {
    form_json: JSON.stringify(s.form),
    jurisdiction_code: s.jurisdictionCode,
    shop_name: s.shopName,
    address: s.address,
    lat: s.lat,
    lng: s.lng,
    grid_id: s.gridId,
    submitted_on: today,
    deadline: correctionDeadline(today, cal),
  };
}

/** The row an idempotency key already produced, if any. */
export async function findByIdempotencyKey(
  d1: D1Database,
  key: string,
): Promise<Pick<ApplicationRow, 'id' | 'applicant_id' | 'status' | 'version'> | null> {
  return d1
    .prepare('SELECT id, applicant_id, status, version FROM applications WHERE idempotency_key = ?')
    .bind(key)
    .first();
}
