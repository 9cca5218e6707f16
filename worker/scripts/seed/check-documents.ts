/**
 * The seed's official documents against the worker's rules: every decision of the demo
 * applicant's cases has its document; numbers are unique, and each bureau's kind and year run
 * 1…n without a gap, with the counter at n; each stored hash is its content's.
 */
import { createHash } from 'node:crypto';
import { isClocked } from '../../core/application-state';
import { DEMO } from './demo';
import { DOCUMENT_COLUMNS, planDocuments } from './documents';
import type { SeedData } from './render';
import { verifiedNames } from './render';

const DECISIONS = new Set([
  'accept',
  'deem_accept',
  'request_correction',
  'approve',
  'refuse',
  'extend',
  'terminate',
]);

export function documentFigures(
  d: SeedData,
  check: (ok: boolean, what: string) => void,
): Record<string, number> {
  const { rows, counters } = planDocuments(
    d.applications,
    d.licences,
    d.geo,
    verifiedNames(d),
    d.today,
  );
  const col = (row: unknown[], name: string) => row[DOCUMENT_COLUMNS.indexOf(name)];
  const numbers = new Set(rows.map((r) => col(r, 'number')));
  check(numbers.size === rows.length, 'two documents share a number');
  const seqs = new Map<string, number[]>();
  for (const r of rows) {
    const key = `${String(col(r, 'bureau_code'))}|${String(col(r, 'kind'))}|${String(col(r, 'year'))}`;
    seqs.set(key, [...(seqs.get(key) ?? []), Number(col(r, 'seq'))]);
    const json = String(col(r, 'content_json'));
    check(
      createHash('sha256').update(json).digest('hex') === col(r, 'content_hash'),
      `document ${String(col(r, 'id'))}: hash is not its content's`,
    );
  }
  for (const [key, list] of seqs) {
    const sorted = [...list].sort((a, b) => a - b);
    check(
      sorted.every((n, i) => n === i + 1) && counters.get(key) === sorted.length,
      `documents ${key}: numbers with a gap, or the counter elsewhere`,
    );
  }
  const byApp = new Map<string, number>();
  for (const r of rows) {
    const id = String(col(r, 'application_id'));
    byApp.set(id, (byApp.get(id) ?? 0) + 1);
  }
  let demoDecided = 0;
  let queued = 0;
  for (const a of d.applications) {
    // The demo applicant's cases and every case in the staff queue show all their documents.
    const demo = a.applicantId === DEMO.applicantId;
    if (!demo && !isClocked(a.status)) continue;
    const decisions = a.events.filter((e) => DECISIONS.has(e.action)).length;
    if (demo && decisions) demoDecided++;
    if (!demo && decisions) queued++;
    check(
      (byApp.get(a.id) ?? 0) === decisions,
      `case ${a.ref}: ${decisions} decisions, ${byApp.get(a.id) ?? 0} documents`,
    );
  }
  check(demoDecided >= 4, 'the demo applicant has fewer than four cases with documents');
  return {
    documents: rows.length,
    demoCasesWithDocuments: demoDecided,
    queuedCasesWithDocuments: queued,
  };
}
