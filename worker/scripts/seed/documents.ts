/**
 * The official documents (文书) the demo's decided cases were issued, as the worker would have
 * issued them at each decision (features/documents): 受理 (also 视为受理), 补正告知, 准予 / 不予
 * 许可, 延长期限, signed by the deciding staff member, numbered per bureau, kind and year in the
 * order of issue from 0001 with no gap, and the counters left where issuing them would have.
 *
 * Which cases: the demo applicant's, every case still in the staff queue (its clock running:
 * an approved case waiting for delivery shows its 准予许可决定书), and every decision of the last
 * `RECENT_DAYS` calendar days (recent history). Older closed history keeps its events without
 * documents: issuing tens of thousands would bloat the seed.
 */
import { createHash } from 'node:crypto';
import { isClocked } from '../../core/application-state';
import { decisionDeadline, deliveryDeadline } from '../../core/clocks';
import { addCalendarDays } from '../../core/dates';
import {
  bureauAbbreviation,
  documentNumber,
  DOCUMENT_OF_ACTION,
  type DocumentKind,
} from '../../core/documents';
import { issuingBureau } from '../../core/e-licence';
import { buildContent, type DocumentFacts } from '../../src/features/documents/documents.content';
import type { ApplicationRow, EventRow } from './application-rows';
import { MemoCalendar } from './cal';
import { DEMO } from './demo';
import { CITY, type Geography } from './geo';
import type { LicenceRow } from './retail';
import { inserts, type SqlValue } from './sql';

const RECENT_DAYS = 5;

const cols = (s: string): string[] => s.split(' ');

/** The kind an event issues: a staff decision's, or the clock's deemed acceptance. */
function kindOf(e: EventRow): DocumentKind | null {
  if (e.action === 'deem_accept') return 'acceptance';
  return DOCUMENT_OF_ACTION[e.action as keyof typeof DOCUMENT_OF_ACTION] ?? null;
}

/** China's calendar date of an instant. */
const chinaDay = (iso: string): string =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

function addresseeOf(a: ApplicationRow, holder: string | undefined): string {
  try {
    const form = JSON.parse(a.formJson) as { operatorName?: unknown };
    if (typeof form.operatorName === 'string' && form.operatorName.trim())
      return form.operatorName.trim();
  } catch {
    // The verified name stands.
  }
  return holder ?? '申请人';
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

interface Issued {
  a: ApplicationRow;
  e: EventRow;
  kind: DocumentKind;
  on: string;
}

export const DOCUMENT_COLUMNS = cols(
  'id application_id bureau_code kind year seq number issued_on issued_at signer_id signer_name content_json content_hash licence_json',
);

/** The documents' rows (DOCUMENT_COLUMNS) and the counters' last numbers by bureau|kind|year. */
export function planDocuments(
  applications: readonly ApplicationRow[],
  licences: readonly LicenceRow[],
  geo: Geography,
  names: ReadonlyMap<string, string>,
  today: string,
): { rows: SqlValue[][]; counters: Map<string, number> } {
  const cal = new MemoCalendar();
  const since = addCalendarDays(today, -RECENT_DAYS);
  const licenceById = new Map(licences.map((l) => [l.id, l]));
  const issued: Issued[] = [];
  for (const a of applications) {
    const all = a.applicantId === DEMO.applicantId || isClocked(a.status);
    for (const e of a.events) {
      const kind = kindOf(e);
      const on = chinaDay(e.at);
      if (kind && (all || on >= since)) issued.push({ a, e, kind, on });
    }
  }
  // Numbers go by the order of issue, per bureau, kind and year.
  issued.sort((x, y) => (x.e.at < y.e.at ? -1 : x.e.at > y.e.at ? 1 : 0));
  const counters = new Map<string, number>();
  const rows: SqlValue[][] = [];
  for (const [i, d] of issued.entries()) {
    const { a, e, kind, on } = d;
    const unit = geo.unit(a.unit);
    const year = Number(on.slice(0, 4));
    const key = `${a.unit}|${kind}|${year}`;
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    const accepted = a.acceptedOn ?? (kind === 'acceptance' ? on : null);
    const licence = a.licenceId ? licenceById.get(a.licenceId) : undefined;
    const withLicence = kind === 'approval' && a.type !== 'closure' && !!licence;
    const deadline =
      kind === 'acceptance'
        ? decisionDeadline(e.action === 'deem_accept' ? (a.submittedOn ?? on) : on, false, cal)
        : kind === 'extension'
          ? decisionDeadline(accepted ?? on, true, cal)
          : kind === 'approval'
            ? deliveryDeadline(on, cal)
            : null;
    const data = e.data ?? {};
    // A termination lists its one line of ground and facts, as the worker writes it.
    const items =
      kind === 'correction'
        ? strings(data.items)
        : kind === 'refusal'
          ? strings(data.reasons)
          : kind === 'termination'
            ? [e.reason ?? '']
            : [];
    const facts: DocumentFacts = {
      kind,
      bureau: issuingBureau(CITY.name, { name: unit.name, kind: unit.kind }),
      reconsideredBy: `${CITY.name}烟草专卖局`,
      addressee: addresseeOf(a, names.get(a.applicantId)),
      ref: a.ref,
      type: a.type,
      shopName: a.shopName,
      address: a.address,
      submittedOn: a.submittedOn,
      acceptedOn: e.action === 'deem_accept' ? a.submittedOn : accepted,
      deadline,
      items: items.length
        ? items
        : kind === 'correction' || kind === 'refusal'
          ? [e.reason ?? '']
          : [],
      reason: kind === 'extension' ? e.reason : null,
      withLicence,
      ...(e.action === 'deem_accept' ? { deemed: true } : {}),
    };
    const json = JSON.stringify(buildContent(facts));
    rows.push([
      `doc_seed_${String(i + 1).padStart(6, '0')}`,
      a.id,
      a.unit,
      kind,
      year,
      seq,
      documentNumber(bureauAbbreviation(unit.name), kind, year, seq),
      on,
      e.at,
      e.actorId ?? 'system',
      e.actorName,
      json,
      createHash('sha256').update(json).digest('hex'),
      withLicence && licence
        ? JSON.stringify({
            number: licence.number,
            issuedOn: licence.issuedOn,
            expiresOn: licence.expiresOn,
          })
        : null,
    ]);
  }
  return { rows, counters };
}

export function renderDocuments(
  applications: readonly ApplicationRow[],
  licences: readonly LicenceRow[],
  geo: Geography,
  names: ReadonlyMap<string, string>,
  today: string,
): string[] {
  const { rows, counters } = planDocuments(applications, licences, geo, names, today);
  return [
    ...inserts('official_documents', DOCUMENT_COLUMNS, rows),
    ...inserts(
      'document_counters',
      cols('bureau_code kind year last'),
      [...counters].map(([k, last]) => {
        const [code, kind, year] = k.split('|');
        return [code as string, kind as string, Number(year), last];
      }),
    ),
  ];
}
