/**
 * Reading issued documents: a case's list, one document's PDF (rendered from its stored
 * content, whose hash is checked first), and a correction that supersedes a document.
 */
import type { DocumentCorrectionInput } from '../../../core/api';
import type { DocumentSummary } from '../../../core/api-answers';
import { DOCUMENT_TITLES, type DocumentKind } from '../../../core/documents';
import type { Env } from '../../env';
import { appNowIso, appToday } from '../../lib/clock';
import { isAssertionFailure } from '../../lib/batch';
import { sha256Hex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import type { ApplicationRow } from '../applications/applications.repo';
import { buildContent, filledContent, type DocumentContent } from './documents.content';
import { bureauOf, issueStatements } from './documents.issue';
import { renderDocumentPdf } from './pdf/document-pdf';
import { pdfFont } from './pdf/pdf-font';

export interface DocumentRow {
  id: string;
  application_id: string;
  bureau_code: string;
  kind: DocumentKind;
  number: string;
  issued_on: string;
  issued_at: string;
  signer_name: string;
  content_json: string;
  content_hash: string;
  licence_json: string | null;
  supersedes_id: string | null;
  superseded_by_id: string | null;
  correction_reason: string | null;
  supersedes_number: string | null;
  superseded_by_number: string | null;
  superseded_by_issued_on: string | null;
}

const SELECT = `SELECT d.id, d.application_id, d.bureau_code, d.kind, d.number, d.issued_on,
    d.issued_at, d.signer_name, d.content_json, d.content_hash, d.licence_json, d.supersedes_id,
    d.superseded_by_id, d.correction_reason, old.number AS supersedes_number,
    new.number AS superseded_by_number, new.issued_on AS superseded_by_issued_on
  FROM official_documents d
  LEFT JOIN official_documents old ON old.id = d.supersedes_id
  LEFT JOIN official_documents new ON new.id = d.superseded_by_id`;

export async function documentsOfCase(
  d1: D1Database,
  applicationId: string,
): Promise<DocumentRow[]> {
  const r = await d1
    .prepare(`${SELECT} WHERE d.application_id = ? ORDER BY d.issued_at, d.number`)
    .bind(applicationId)
    .all<DocumentRow>();
  return r.results;
}

/** A document of this case (a document of another case is not found). */
export async function documentOfCase(
  d1: D1Database,
  applicationId: string,
  id: string,
): Promise<DocumentRow> {
  const row =
    id.length <= 64
      ? await d1
          .prepare(`${SELECT} WHERE d.id = ? AND d.application_id = ?`)
          .bind(id, applicationId)
          .first<DocumentRow>()
      : null;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function summaryOf(r: DocumentRow, pdfUrl: string): DocumentSummary {
  return {
    id: r.id,
    kind: r.kind,
    title: DOCUMENT_TITLES[r.kind].zh,
    number: r.number,
    issuedOn: r.issued_on,
    signerName: r.signer_name,
    pdfUrl,
    supersedes:
      r.supersedes_id && r.supersedes_number
        ? { id: r.supersedes_id, number: r.supersedes_number, reason: r.correction_reason ?? '' }
        : null,
    supersededBy:
      r.superseded_by_id && r.superseded_by_number && r.superseded_by_issued_on
        ? {
            id: r.superseded_by_id,
            number: r.superseded_by_number,
            issuedOn: r.superseded_by_issued_on,
          }
        : null,
  };
}

/** The stored content, after checking it is what was issued (its hash). */
async function contentOf(r: DocumentRow): Promise<DocumentContent> {
  if ((await sha256Hex(r.content_json)) !== r.content_hash) {
    console.error(
      JSON.stringify({ level: 'error', document: r.id, integrity: 'content hash mismatch' }),
    );
    throw new AppError('INTERNAL');
  }
  return JSON.parse(r.content_json) as DocumentContent;
}

/** The document's PDF, drawn from what was issued; `ms` is how long the drawing took. */
export async function documentPdf(
  env: Env,
  r: DocumentRow,
): Promise<{ bytes: Uint8Array; ms: number }> {
  const content = await contentOf(r);
  const licence = r.licence_json
    ? (JSON.parse(r.licence_json) as { number: string; issuedOn: string; expiresOn: string })
    : null;
  const font = await pdfFont(env);
  const t0 = Date.now();
  const bytes = await renderDocumentPdf(font, {
    number: r.number,
    issuedOn: r.issued_on,
    signerName: r.signer_name,
    contentHash: r.content_hash,
    content: filledContent(content, licence),
    supersedes: r.supersedes_number
      ? { number: r.supersedes_number, reason: r.correction_reason ?? '' }
      : null,
    supersededBy:
      r.superseded_by_number && r.superseded_by_issued_on
        ? { number: r.superseded_by_number, issuedOn: r.superseded_by_issued_on }
        : null,
  });
  return { bytes, ms: Date.now() - t0 };
}

/**
 * Corrects a document: a new one, numbered anew, with the corrected facts, supersedes it (both
 * linked); the old one stays readable, marked void. A document already corrected is refused.
 */
export async function correctDocument(
  env: Env,
  signer: { id: string; name: string },
  kase: ApplicationRow,
  old: DocumentRow,
  input: DocumentCorrectionInput,
): Promise<string> {
  if (old.superseded_by_id) throw new AppError('DOCUMENT_SUPERSEDED');
  const content = await contentOf(old);
  const listed = old.kind === 'correction' || old.kind === 'refusal' || old.kind === 'termination';
  if ((input.items && !listed) || (input.extensionReason && old.kind !== 'extension')) {
    throw new AppError('VALIDATION_FAILED', undefined, {
      zh: '该类文书没有可更正的此项内容。',
      en: 'This kind of document has no such part to correct.',
    });
  }
  const f = content.facts;
  const facts = {
    ...f,
    addressee: input.addressee ?? f.addressee,
    shopName: input.shopName ?? f.shopName,
    address: input.address ?? f.address,
    items: input.items ?? f.items,
    reason: input.extensionReason ?? f.reason,
  };
  const today = appToday(env);
  const { id, statements } = await issueStatements(env.DB, {
    applicationId: kase.id,
    bureau: await bureauOf(env.DB, old.bureau_code),
    kind: old.kind,
    issuedOn: today,
    issuedAt: appNowIso(env),
    signer,
    content: buildContent(facts),
    // An approval's licence stays, verbatim, the one the decision issued.
    licenceJson: old.licence_json,
    supersedes: { id: old.id, reason: input.reason },
  });
  try {
    await env.DB.batch(statements);
  } catch (err) {
    if (isAssertionFailure(err)) throw new AppError('DOCUMENT_SUPERSEDED');
    throw err;
  }
  return id;
}
