/**
 * 文书: the official documents issued on a case (受理通知书, 一次性补正告知书, 准予 / 不予许可
 * 决定书, 延长期限告知书), each opened as its PDF to view or print; a corrected one stays listed,
 * marked void, beside the one that replaced it. Staff who decide a kind may correct it.
 */
import type { DocumentSummary } from '@core/api-answers';
import { mayCorrectDocument, type CaseScope } from '@core/access';
import { api, opts, read } from '../../app/api';
import { staffWho } from '../../app/access';
import { staff } from '../../app/auth';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async } from '../../app/ui';
import { CorrectDocument } from './correct-document';
import { D } from './documents.strings';
import './documents.css';

function fetchDocuments(
  audience: 'staff' | 'applicant',
  id: string,
  signal: AbortSignal,
): Promise<{ items: DocumentSummary[] }> {
  const param = { id: encodeURIComponent(id) };
  return audience === 'staff'
    ? read(api.applications[':id'].documents.$get({ param }, opts({ signal })))
    : read(api.my.applications[':id'].documents.$get({ param }, opts({ signal })));
}

export function CaseDocuments(p: {
  caseId: string;
  audience: 'staff' | 'applicant';
  /** The case's version: a decision taken on the page lists its new document. */
  version: number;
  scope?: CaseScope;
}) {
  const res = useResource(
    (signal) => fetchDocuments(p.audience, p.caseId, signal),
    [p.caseId, p.audience, p.version],
  );
  const me = staff.value;
  return (
    <section class="panel documents-panel" data-testid="case-documents" aria-labelledby="docs-h">
      <h2 id="docs-h">{t(D.title)}</h2>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={D.none}>
        {(d) => (
          <ul class="documents-list">
            {d.items.map((doc) => (
              <li
                key={doc.id}
                class={`documents-item${doc.supersededBy ? ' documents-void' : ''}`}
                data-testid="document"
                data-kind={doc.kind}
              >
                <div class="documents-head">
                  <strong class="documents-title">{doc.title}</strong>
                  {doc.supersededBy && <span class="badge badge-warn">{t(D.void)}</span>}
                </div>
                <p class="documents-number mono" data-testid="document-number">
                  {doc.number}
                </p>
                <p class="documents-meta">
                  {fmt(t(D.issued), { date: formatDate(doc.issuedOn), signer: doc.signerName })}
                </p>
                {doc.supersedes && (
                  <p class="documents-meta">
                    {fmt(t(D.corrects), {
                      number: doc.supersedes.number,
                      reason: doc.supersedes.reason,
                    })}
                  </p>
                )}
                {doc.supersededBy && (
                  <p class="documents-meta">
                    {fmt(t(D.correctedBy), { number: doc.supersededBy.number })}
                  </p>
                )}
                <div class="documents-actions">
                  <a
                    class="btn btn-small"
                    href={doc.pdfUrl}
                    target="_blank"
                    rel="noopener"
                    data-testid="document-pdf"
                  >
                    {t(D.open)}
                  </a>
                  {me &&
                    p.scope &&
                    !doc.supersededBy &&
                    mayCorrectDocument(staffWho(me), doc.kind, p.scope) && (
                      <CorrectDocument caseId={p.caseId} doc={doc} onDone={res.reload} />
                    )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
