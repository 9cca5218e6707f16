/**
 * The admin's audit viewer (审计日志): the append-only log filtered by person, object, action
 * and time, newest first, paged, and exportable as CSV.
 */
import { z } from 'zod';
import { AUDIT_EVENTS } from './audit-events';
import { AUDIT_ACTOR_KINDS } from './roles';

const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z?)?$/)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'not a date');

export const auditQuerySchema = z
  .object({
    actorKind: z.enum(AUDIT_ACTOR_KINDS).optional(),
    actorId: z.string().min(1).max(80).optional(),
    event: z.enum(AUDIT_EVENTS).optional(),
    subjectType: z
      .string()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
    subjectId: z.string().min(1).max(120).optional(),
    /** From this date / instant (UTC), inclusive. */
    from: instant.optional(),
    /** Before the end of this date, or this instant (UTC). */
    to: instant.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'the period ends before it starts',
    params: { zh: '结束时间早于开始时间。' },
    path: ['to'],
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Rows a CSV export holds at most: narrow the filter for more. */
export const AUDIT_EXPORT_MAX = 10_000;

export interface AuditEntry {
  id: number;
  at: string;
  actorKind: string;
  actorId: string | null;
  /** The staff member's display name, when the actor is staff. */
  actorName: string | null;
  event: string;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  detail: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}
