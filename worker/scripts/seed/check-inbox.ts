/**
 * The inbox against the cases: every event the live worker answers with a message has exactly
 * that message, in core's words, dated at the event; events that notify nobody have none.
 * The facts are taken from the case row (its dates, licence, the event's recorded items and
 * reasons), not from the generator's own reckoning, so a message that disagrees with its case
 * fails here.
 */
import type { WorkCalendar } from '../../core/calendar';
import { correctionDeadline, decisionDeadline, deliveryDeadline } from '../../core/clocks';
import { addCalendarDays } from '../../core/dates';
import {
  type NotificationFacts,
  type NotificationTemplate,
  renderNotification,
} from '../../core/notifications';
import { type ApplicationRow, dayOf, type EventRow } from './application-rows';
import { DEMO } from './demo';
import { type NotificationRow, UNREAD_DAYS, terminationReasons } from './inbox';
import type { LicenceRow } from './retail';

/**
 * The template the worker sends per event (null: no message): applications.submit.routes.ts,
 * applications.applicant.routes.ts (withdraw), case-actions.ts, deemed-acceptance.ts.
 */
const TEMPLATE: Record<string, NotificationTemplate | null> = {
  create: null,
  submit: 'submitted',
  resubmit: 'resubmitted',
  request_correction: 'correction_requested',
  accept: 'accepted',
  deem_accept: 'deemed_accepted',
  require_inspection: 'inspection',
  record_inspection: null,
  extend: 'extended',
  approve: 'approved',
  refuse: 'refused',
  deliver: 'delivered',
  withdraw: 'withdrawn',
  terminate: 'terminated',
};

/** What the message must say, from the case as the worker's row holds it. */
function expected(
  a: ApplicationRow,
  e: EventRow,
  licenceNumber: string | null,
  cal: WorkCalendar,
): { template: NotificationTemplate; facts: NotificationFacts } | null {
  let template = TEMPLATE[e.action];
  if (template === undefined) throw new Error(`check: no rule for ${e.action}`);
  if (template === null) return null;
  const facts: NotificationFacts = { ref: a.ref, type: a.type };
  const accepted = a.acceptedOn as string;
  switch (template) {
    case 'submitted':
    case 'resubmitted':
      facts.deadline = correctionDeadline(dayOf(e.at), cal);
      break;
    case 'accepted':
      // A 新办 accepted into a full grid was told it waits its turn (轮候).
      if (e.data?.queued === true) template = 'queued';
      facts.deadline = decisionDeadline(accepted, false, cal);
      break;
    case 'deemed_accepted':
      facts.deadline = decisionDeadline(accepted, false, cal);
      break;
    case 'extended':
      facts.deadline = decisionDeadline(accepted, true, cal);
      facts.reasons = [e.reason ?? ''];
      break;
    case 'approved':
      facts.deadline = deliveryDeadline(a.decidedOn as string, cal);
      facts.licenceNumber = licenceNumber;
      break;
    case 'correction_requested':
      facts.items = e.data?.items as string[];
      break;
    case 'refused':
      facts.reasons = e.data?.reasons as string[];
      break;
    case 'terminated':
      facts.reasons = terminationReasons(e);
      break;
    default:
      break;
  }
  return { template, facts };
}

/** Checks every case's messages and returns the inbox figures. */
export function inboxFigures(
  apps: ApplicationRow[],
  notes: NotificationRow[],
  licences: LicenceRow[],
  today: string,
  cal: WorkCalendar,
  check: (ok: boolean, what: string) => void,
): Record<string, unknown> {
  const byCase = new Map<string, NotificationRow[]>();
  for (const n of notes) {
    const list = byCase.get(n.applicationId) ?? [];
    list.push(n);
    byCase.set(n.applicationId, list);
  }
  const numberOf = new Map(licences.map((l) => [l.id, l.number]));
  const unreadFrom = addCalendarDays(today, -UNREAD_DAYS);
  const ids = new Set<string>();
  for (const a of apps) {
    const mine = byCase.get(a.id) ?? [];
    const want = a.events.flatMap((e) => {
      const x = expected(a, e, a.licenceId ? (numberOf.get(a.licenceId) ?? null) : null, cal);
      return x ? [{ e, ...x }] : [];
    });
    check(mine.length === want.length, `one message per notifying event ${a.id}`);
    want.forEach(({ e, template, facts }, i) => {
      const n = mine[i];
      if (!n) return;
      const text = renderNotification(template, facts);
      check(
        n.applicantId === a.applicantId &&
          n.template === template &&
          n.createdAt === e.at &&
          n.zh.title === text.zh.title &&
          n.zh.body === text.zh.body &&
          n.en.title === text.en.title &&
          n.en.body === text.en.body,
        `message for ${a.id} ${e.action}`,
      );
      const latest = i === want.length - 1;
      // Read a little after it came, and before the case moved on; the latest of a case stays
      // unread while it is recent.
      check(
        n.readAt === null
          ? latest && dayOf(n.createdAt) > unreadFrom
          : n.readAt >= n.createdAt && (latest || n.readAt <= (mine[i + 1]?.createdAt ?? '')),
        `read state ${n.id}`,
      );
      check(!ids.has(n.id), `message id ${n.id}`);
      ids.add(n.id);
    });
  }
  check(ids.size === notes.length, 'every message belongs to a case event');

  // The demo applicant sees the story of their cases, 补正 request included.
  const demo = notes.filter((n) => n.applicantId === DEMO.applicantId);
  const has = (t: NotificationTemplate): boolean => demo.some((n) => n.template === t);
  for (const t of [
    'submitted',
    'correction_requested',
    'accepted',
    'approved',
    'delivered',
  ] as const)
    check(has(t), `demo applicant's inbox has ${t}`);
  check(has('refused') && demo.some((n) => n.readAt === null), "demo applicant's inbox");

  const perApplicant = new Map<string, number>();
  for (const n of notes)
    perApplicant.set(n.applicantId, (perApplicant.get(n.applicantId) ?? 0) + 1);
  const counts = [...perApplicant.values()].sort((x, y) => x - y);
  const templates: Record<string, number> = {};
  for (const n of notes) templates[n.template] = (templates[n.template] ?? 0) + 1;
  return {
    messages: notes.length,
    templates,
    unread: notes.filter((n) => n.readAt === null).length,
    applicantsWithMessages: counts.length,
    perApplicant: {
      mean: Math.round((notes.length / Math.max(1, counts.length)) * 10) / 10,
      median: counts[Math.floor(counts.length / 2)] ?? 0,
      max: counts[counts.length - 1] ?? 0,
    },
    demoApplicant: demo
      .slice()
      .sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1))
      .map((n) => `${n.createdAt.slice(0, 10)} ${n.readAt ? ' ' : '*'} ${n.zh.title}`),
  };
}
