/**
 * Issuing an official document inside the transaction of its decision: the bureau's counter
 * for the kind and year goes up by one and the document takes that number, in one D1 batch with
 * the decision itself, so two decisions at once never share a number nor leave a gap.
 */
import { bureauAbbreviation, documentNumber, type DocumentKind } from '../../../core/documents';
import { issuingBureau } from '../../../core/e-licence';
import type { JurisdictionKind } from '../../../core/regions';
import { assertInBatch } from '../../lib/batch';
import { sha256Hex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import type { DocumentContent } from './documents.content';

/** The bureau that issues a case's documents, as printed on them and used in their numbers. */
export interface Bureau {
  code: string;
  name: string;
  abbr: string;
  reconsideredBy: string;
}

export async function bureauOf(d1: D1Database, code: string): Promise<Bureau> {
  const j = await d1
    .prepare(
      `SELECT j.code, j.name, j.kind, p.name AS parent_name FROM jurisdictions j
       LEFT JOIN jurisdictions p ON p.code = j.parent_code WHERE j.code = ?`,
    )
    .bind(code)
    .first<{ code: string; name: string; kind: JurisdictionKind; parent_name: string | null }>();
  if (!j) throw new AppError('NOT_FOUND');
  const city = j.parent_name ?? '';
  return {
    code: j.code,
    name: issuingBureau(city, { name: j.name, kind: j.kind }),
    abbr: bureauAbbreviation(j.name),
    // Tobacco is managed vertically: a decision is reconsidered by the bureau one level up.
    reconsideredBy: j.kind === 'city' ? '山东省烟草专卖局' : `${city}烟草专卖局`,
  };
}

const SEQ_SLOT = '{{seq}}';

export interface IssueInput {
  id?: string;
  applicationId: string;
  bureau: Bureau;
  kind: DocumentKind;
  /** The day (China, app clock) and instant of issue. */
  issuedOn: string;
  issuedAt: string;
  signer: { id: string; name: string };
  content: DocumentContent;
  /** An approval's licence, issued in the same batch: its number and term are read there. */
  licenceId?: string | null;
  /** …or, for a correction, the licence as the corrected document recorded it. */
  licenceJson?: string | null;
  /** A correction: the document it replaces, and why. */
  supersedes?: { id: string; reason: string };
}

/** The statements that issue one document; put them in the decision's batch. */
export async function issueStatements(
  d1: D1Database,
  i: IssueInput,
): Promise<{ id: string; statements: D1PreparedStatement[] }> {
  const id = i.id ?? crypto.randomUUID();
  const year = Number(i.issuedOn.slice(0, 4));
  const json = JSON.stringify(i.content);
  const hash = await sha256Hex(json);
  // The number's text with the sequence left as a slot the counter fills in SQL.
  const template = documentNumber(i.bureau.abbr, i.kind, year, 0).replace(
    /第\d+号$/u,
    `第${SEQ_SLOT}号`,
  );
  const statements = [
    d1
      .prepare(
        `INSERT INTO document_counters (bureau_code, kind, year, last) VALUES (?, ?, ?, 1)
         ON CONFLICT (bureau_code, kind, year) DO UPDATE SET last = last + 1`,
      )
      .bind(i.bureau.code, i.kind, year),
    d1
      .prepare(
        `INSERT INTO official_documents (id, application_id, bureau_code, kind, year, seq, number,
           issued_on, issued_at, signer_id, signer_name, content_json, content_hash, licence_json,
           supersedes_id, correction_reason)
         SELECT ?, ?, c.bureau_code, c.kind, c.year, c.last,
           replace(?, '${SEQ_SLOT}', printf('%04d', c.last)), ?, ?, ?, ?, ?, ?,
           COALESCE(?, (SELECT json_object('number', number, 'issuedOn', issued_on,
              'expiresOn', expires_on) FROM licences WHERE id = ?)),
           ?, ?
         FROM document_counters c WHERE c.bureau_code = ? AND c.kind = ? AND c.year = ?`,
      )
      .bind(
        id,
        i.applicationId,
        template,
        i.issuedOn,
        i.issuedAt,
        i.signer.id,
        i.signer.name,
        json,
        hash,
        i.licenceJson ?? null,
        i.licenceId ?? null,
        i.supersedes?.id ?? null,
        i.supersedes?.reason ?? null,
        i.bureau.code,
        i.kind,
        year,
      ),
  ];
  if (i.supersedes) {
    statements.push(
      d1
        .prepare(
          `UPDATE official_documents SET superseded_by_id = ?
           WHERE id = ? AND superseded_by_id IS NULL`,
        )
        .bind(id, i.supersedes.id),
      // Someone corrected it a moment earlier: this correction must not commit.
      assertInBatch(d1, 'document_not_superseded', 'changes() = 1'),
    );
  }
  return { id, statements };
}
