/**
 * The e-licence of a holder's licence, and what its verify token tells anyone who scans it.
 * Both read the same row, so the page and the verify answer can never disagree.
 */
import { mayPrintLicence, mayShowELicence, type Who } from '../../../core/access';
import type { ELicenceAnswer, LicenceVerifyAnswer } from '../../../core/api-answers';
import type { LicenceStatus } from '../../../core/business-types';
import { BUSINESS_SCOPE, issuingBureau, verifyStatusOf } from '../../../core/e-licence';
import { maskPersonName } from '../../../core/masking';
import type { JurisdictionKind } from '../../../core/regions';
import type { Env } from '../../env';
import { AppError } from '../../lib/errors';
import { signToken, verifyToken } from './e-licence.token';

interface Row {
  id: string;
  number: string;
  holder_applicant_id: string | null;
  jurisdiction_code: string;
  holder_name: string;
  shop_name: string;
  address: string;
  status: LicenceStatus;
  issued_on: string;
  expires_on: string;
  issue_version: number;
  unit_name: string;
  unit_kind: JurisdictionKind;
  city_name: string | null;
}

async function licenceRow(d1: D1Database, id: string): Promise<Row | null> {
  return d1
    .prepare(
      `SELECT l.id, l.number, l.holder_applicant_id, l.jurisdiction_code, l.holder_name, l.shop_name, p.address,
         l.status, l.issued_on, l.expires_on, l.issue_version,
         j.name AS unit_name, j.kind AS unit_kind, city.name AS city_name
       FROM licences l
       JOIN premises p ON p.id = l.premises_id
       JOIN jurisdictions j ON j.code = l.jurisdiction_code
       LEFT JOIN jurisdictions city ON city.code = j.parent_code
       WHERE l.id = ?`,
    )
    .bind(id)
    .first<Row>();
}

const bureauOf = (r: Row) =>
  issuingBureau(r.city_name ?? '', { name: r.unit_name, kind: r.unit_kind });

/**
 * The holder's e-licence. Someone else's licence (or none) is NOT_FOUND, as if it did not
 * exist; a licence not in force on `today` is LICENCE_NOT_ACTIVE, saying which way it is not.
 */
export async function eLicenceOf(
  env: Env,
  who: Who,
  licenceId: string,
  today: string,
  origin: string,
): Promise<ELicenceAnswer> {
  const r = await licenceRow(env.DB, licenceId);
  if (!r || !mayShowELicence(who, { holderApplicantId: r.holder_applicant_id })) {
    throw new AppError('NOT_FOUND');
  }
  return eLicenceFromRow(env, r, today, origin);
}

/**
 * The e-licence to print as a PDF: its holder, or staff of its county at the window. The same
 * answers as eLicenceOf otherwise (not found, not in force).
 */
export async function printableELicence(
  env: Env,
  who: Who,
  licenceId: string,
  today: string,
  origin: string,
): Promise<ELicenceAnswer> {
  const r = await licenceRow(env.DB, licenceId);
  const scope = r && { holderApplicantId: r.holder_applicant_id, county: r.jurisdiction_code };
  if (!r || !scope || !mayPrintLicence(who, scope)) throw new AppError('NOT_FOUND');
  return eLicenceFromRow(env, r, today, origin);
}

async function eLicenceFromRow(
  env: Env,
  r: Row,
  today: string,
  origin: string,
): Promise<ELicenceAnswer> {
  const status = verifyStatusOf({ status: r.status, expiresOn: r.expires_on }, today);
  if (status !== 'valid') throw new AppError('LICENCE_NOT_ACTIVE', undefined, NOT_ACTIVE[status]);
  const token = await signToken(env.ELICENCE_KEY, {
    licenceId: r.id,
    issueVersion: r.issue_version,
  });
  const verifyUrl = new URL('/verify', origin);
  verifyUrl.searchParams.set('t', token);
  return {
    id: r.id,
    number: r.number,
    holderName: r.holder_name,
    shopName: r.shop_name,
    address: r.address,
    businessScope: BUSINESS_SCOPE,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    issuingBureau: bureauOf(r),
    issueVersion: r.issue_version,
    verifyUrl: verifyUrl.toString(),
  };
}

const NOT_ACTIVE = {
  suspended: {
    zh: '该许可证停业中（停业期间许可证由烟草专卖局收存），暂不能出示电子许可证。',
    en: 'This licence is suspended (the bureau holds it meanwhile): no e-licence until it resumes.',
  },
  cancelled: {
    zh: '该许可证已注销，不能出示电子许可证。',
    en: 'This licence has been cancelled: it has no e-licence.',
  },
  expired: {
    zh: '该许可证已过有效期，不能出示电子许可证。',
    en: 'This licence has expired: it has no e-licence.',
  },
} as const;

/**
 * What a scanned token says on `today`. A forged, altered or malformed token, or one of an
 * older printing of the licence (issue version superseded), is `invalid` and tells nothing.
 */
export async function verifyLicenceToken(
  env: Env,
  token: string,
  today: string,
): Promise<LicenceVerifyAnswer> {
  const claims = await verifyToken(env.ELICENCE_KEY, token);
  const r = claims ? await licenceRow(env.DB, claims.licenceId) : null;
  if (!claims || !r || r.issue_version !== claims.issueVersion) return { status: 'invalid', today };
  return {
    status: verifyStatusOf({ status: r.status, expiresOn: r.expires_on }, today),
    today,
    licence: {
      number: r.number,
      shopName: r.shop_name,
      holderNameMasked: maskPersonName(r.holder_name),
      address: r.address,
      issuedOn: r.issued_on,
      expiresOn: r.expires_on,
      issuingBureau: bureauOf(r),
    },
  };
}
