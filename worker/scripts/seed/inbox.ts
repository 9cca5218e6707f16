/**
 * The applicants' inbox (消息) as the live worker would have written it: one message per case
 * event that notifies, in core's words (renderNotification) with the facts the worker passes for
 * that action, dated at the event. Where the worker picks the template and its facts:
 * submit / resubmit in applications.submit.routes.ts, withdraw in applications.applicant.routes.ts,
 * the staff actions in case-actions.ts, deemed acceptance in deemed-acceptance.ts.
 */
import type { WorkCalendar } from '../../core/calendar';
import { correctionDeadline, decisionDeadline, deliveryDeadline } from '../../core/clocks';
import { addCalendarDays } from '../../core/dates';
import { DEFAULT_DISTANCE_RULES, layoutVerdict } from '../../core/layout';
import {
  type NotificationFacts,
  type NotificationTemplate,
  type RenderedNotification,
  renderNotification,
} from '../../core/notifications';
import { type ApplicationRow, dayOf, type EventRow } from './application-rows';
import type { GridRow } from './grids';
import { isTerminationGround, terminationNoticeReasons } from '../../core/termination';
import type { Rng } from './prng';
import type { LicenceRow } from './retail';

export interface NotificationRow {
  id: string;
  applicantId: string;
  applicationId: string;
  template: NotificationTemplate;
  zh: RenderedNotification['zh'];
  en: RenderedNotification['en'];
  createdAt: string;
  readAt: string | null;
}

/** The latest message of a case stays unread this many days; everything older has been read. */
export const UNREAD_DAYS = 14;

/**
 * The message the worker writes for event `e` of case `a`, or null for the events that notify
 * nobody (creating a draft, recording an inspection's result).
 */
/** The ground and facts of a terminate event, as the worker's message states them. */
export function terminationReasons(e: Pick<EventRow, 'data'>): string[] {
  const ground = String(e.data?.ground ?? '');
  const reason = String(e.data?.reason ?? '');
  return isTerminationGround(ground) ? terminationNoticeReasons(ground, reason) : [reason];
}

export function messageFor(
  a: Pick<ApplicationRow, 'ref' | 'type' | 'submittedOn' | 'acceptedOn'>,
  e: Pick<EventRow, 'at' | 'action' | 'reason' | 'data'>,
  licenceNumber: string | null,
  cal: WorkCalendar,
): { template: NotificationTemplate; facts: NotificationFacts } | null {
  const day = dayOf(e.at);
  const f = { ref: a.ref, type: a.type };
  const list = (k: string): string[] => (e.data?.[k] as string[] | undefined) ?? [];
  switch (e.action) {
    case 'submit':
      return { template: 'submitted', facts: { ...f, deadline: correctionDeadline(day, cal) } };
    case 'resubmit':
      return { template: 'resubmitted', facts: { ...f, deadline: correctionDeadline(day, cal) } };
    case 'request_correction':
      return { template: 'correction_requested', facts: { ...f, items: list('items') } };
    case 'accept':
      return {
        template: e.data?.queued === true ? 'queued' : 'accepted',
        facts: { ...f, deadline: decisionDeadline(day, false, cal) },
      };
    case 'deem_accept':
      return {
        template: 'deemed_accepted',
        facts: { ...f, deadline: decisionDeadline(a.submittedOn ?? day, false, cal) },
      };
    case 'require_inspection':
      return { template: 'inspection', facts: f };
    case 'extend':
      return {
        template: 'extended',
        facts: {
          ...f,
          deadline: decisionDeadline(a.acceptedOn ?? day, true, cal),
          reasons: [e.reason ?? ''],
        },
      };
    case 'approve':
      return {
        template: 'approved',
        facts: { ...f, deadline: deliveryDeadline(day, cal), licenceNumber },
      };
    case 'refuse':
      return { template: 'refused', facts: { ...f, reasons: list('reasons') } };
    case 'deliver':
      return { template: 'delivered', facts: f };
    case 'withdraw':
      return { template: 'withdrawn', facts: f };
    case 'terminate':
      return { template: 'terminated', facts: { ...f, reasons: terminationReasons(e) } };
    default:
      return null;
  }
}

/**
 * Marks the acceptances the worker would have answered with 轮候: a 新办 accepted into a grid
 * whose free places were already taken by the cases waiting there (core's layout verdict).
 * The seed issues no licence on approval, so a grid's count is today's throughout.
 */
export function markQueuedAcceptances(apps: ApplicationRow[], grids: GridRow[]): void {
  const gridById = new Map(grids.map((g) => [g.id, g]));
  const waiting = new Map<string, { from: string; until: string; event: EventRow }[]>();
  for (const a of apps) {
    if (a.type !== 'new' || !a.gridId || !gridById.has(a.gridId)) continue;
    const accept = a.events.find((e) => e.action === 'accept' || e.action === 'deem_accept');
    if (!accept) continue;
    const leave = a.events.find(
      (e) =>
        e.at > accept.at &&
        (e.to === 'approved' ||
          e.to === 'refused' ||
          e.to === 'withdrawn' ||
          e.to === 'terminated'),
    );
    const list = waiting.get(a.gridId) ?? [];
    list.push({ from: accept.at, until: leave?.at ?? '9999', event: accept });
    waiting.set(a.gridId, list);
  }
  for (const [gridId, list] of waiting) {
    const g = gridById.get(gridId) as GridRow;
    for (const c of list) {
      if (c.event.action !== 'accept') continue;
      const queue = list.filter((o) => o.from < c.from && o.until > c.from).length;
      const v = layoutVerdict({
        grid: { capacity: g.capacity, count: g.retailerCount, queue },
        nearest: [],
        school: null,
        rules: DEFAULT_DISTANCE_RULES,
      });
      if (v.verdict === 'queue') c.event.data = { ...c.event.data, queued: true };
    }
  }
}

/**
 * Every case's messages, in case order. The latest message of a case less than UNREAD_DAYS old
 * is unread; the others were read within a few hours, and before the case's next event.
 */
export function makeInbox(
  apps: ApplicationRow[],
  licences: LicenceRow[],
  today: string,
  cal: WorkCalendar,
  rng: Rng,
): NotificationRow[] {
  const numberOf = new Map(licences.map((l) => [l.id, l.number]));
  const unreadFrom = addCalendarDays(today, -UNREAD_DAYS);
  const out: NotificationRow[] = [];
  for (const a of apps) {
    const number = a.licenceId ? (numberOf.get(a.licenceId) ?? null) : null;
    const mine: { row: NotificationRow; next: string | null }[] = [];
    a.events.forEach((e, i) => {
      const m = messageFor(a, e, number, cal);
      if (!m) return;
      const text = renderNotification(m.template, m.facts);
      mine.push({
        row: {
          id: `ntf_${String(out.length + mine.length + 1).padStart(7, '0')}`,
          applicantId: a.applicantId,
          applicationId: a.id,
          template: m.template,
          zh: text.zh,
          en: text.en,
          createdAt: e.at,
          readAt: null,
        },
        next: a.events[i + 1]?.at ?? null,
      });
    });
    mine.forEach(({ row, next }, i) => {
      if (i === mine.length - 1 && dayOf(row.createdAt) > unreadFrom) return;
      const read = new Date(Date.parse(row.createdAt) + rng.int(3, 240) * 60_000).toISOString();
      row.readAt = next && next < read ? next : read;
    });
    out.push(...mine.map((m) => m.row));
  }
  return out;
}
