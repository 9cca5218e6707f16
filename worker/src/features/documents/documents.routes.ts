/**
 * The official documents (文书) of a case: listed and read as PDF by its applicant and by the
 * staff who decide in its county; corrected (a new document supersedes) by who decides the kind.
 * There is no route that changes an issued document.
 */
import { Hono } from 'hono';
import { mayCorrectDocument, mayReadCaseDocuments } from '../../../core/access';
import { documentCorrectionSchema } from '../../../core/api';
import type { DocumentsAnswer } from '../../../core/api-answers';
import type { AppEnv, Ctx } from '../../app-env';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { scopeOf, whoOf } from '../applications/applications.access';
import { applicantCase, guardedCase, staffCase } from '../applications/applications.guard';
import type { ApplicationRow } from '../applications/applications.repo';
import { pdfResponse } from '../licences/e-licence.pdf';
import {
  documentOfCase,
  documentPdf,
  documentsOfCase,
  summaryOf,
  correctDocument,
} from './documents.service';

/** Staff who may read the case but not its documents (inspectors) find nothing here. */
const mayReadDocs = (c: Ctx, row: ApplicationRow) => {
  if (!mayReadCaseDocuments(whoOf(staffOf(c)), scopeOf(row))) throw new AppError('NOT_FOUND');
};

async function list(c: Ctx, base: string): Promise<DocumentsAnswer> {
  const row = guardedCase(c);
  const rows = await documentsOfCase(c.env.DB, row.id);
  return { items: rows.map((r) => summaryOf(r, `${base}/${row.id}/documents/${r.id}/pdf`)) };
}

async function pdf(c: Ctx): Promise<Response> {
  const row = guardedCase(c);
  const doc = await documentOfCase(c.env.DB, row.id, c.req.param('docId') ?? '');
  return pdfResponse(c, await documentPdf(c.env, doc), `${doc.number}.pdf`);
}

export const applicantDocumentRoutes = new Hono<AppEnv>()
  .get('/:id/documents', applicantCase(), async (c) =>
    c.json(await list(c, '/api/my/applications')),
  )
  .get('/:id/documents/:docId/pdf', applicantCase(), pdf);

export const staffDocumentRoutes = new Hono<AppEnv>()
  .get('/:id/documents', staffCase('documents', mayReadDocs), async (c) =>
    c.json(await list(c, '/api/applications')),
  )
  .get('/:id/documents/:docId/pdf', staffCase('document', mayReadDocs), pdf)
  .post(
    '/:id/documents/:docId/corrections',
    staffCase('document-correction', mayReadDocs),
    async (c, next) => {
      // The document and the caller's right to correct it are settled before the body is read.
      const row = guardedCase(c);
      const doc = await documentOfCase(c.env.DB, row.id, c.req.param('docId') ?? '');
      if (!mayCorrectDocument(whoOf(staffOf(c)), doc.kind, scopeOf(row)))
        throw new AppError('FORBIDDEN');
      await next();
    },
    json(documentCorrectionSchema),
    async (c) => {
      const p = staffOf(c);
      const row = guardedCase(c);
      const old = await documentOfCase(c.env.DB, row.id, c.req.param('docId') ?? '');
      const input = c.req.valid('json');
      const id = await correctDocument(c.env, { id: p.id, name: p.displayName }, row, old, input);
      await audit(c, {
        event: 'document_corrected',
        subjectType: 'application',
        subjectId: row.id,
        detail: { documentId: old.id, correctedBy: id, reason: input.reason },
      });
      return c.json(await list(c, '/api/applications'), 201);
    },
  );
