/**
 * 审计日志 for admins: `GET /api/admin/audit` (filtered, newest first, paged) and
 * `GET /api/admin/audit/export` (the same filter as CSV, at most AUDIT_EXPORT_MAX rows). An
 * export is itself audited: the log leaves the system with a name on it.
 */
import { Hono } from 'hono';
import {
  AUDIT_EXPORT_MAX,
  auditQuerySchema,
  type AuditEntry,
  type AuditPage,
  type AuditQuery,
} from '../../../core/audit-view';
import type { AppEnv } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { query } from '../../lib/validate';
import { requireStaff } from '../../middleware/auth';
import { audit } from './audit.service';

/** A date alone means the whole day (UTC); an instant is taken as it is. */
const endOf = (to: string) => (to.length === 10 ? `${to}T23:59:59.999Z` : to);

function where(q: AuditQuery): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    parts.push(sql);
    params.push(v);
  };
  if (q.actorKind) add('l.actor_kind = ?', q.actorKind);
  if (q.actorId) add('l.actor_id = ?', q.actorId);
  if (q.event) add('l.event = ?', q.event);
  if (q.subjectType) add('l.subject_type = ?', q.subjectType);
  if (q.subjectId) add('l.subject_id = ?', q.subjectId);
  if (q.from) add('l.at >= ?', q.from);
  if (q.to) add('l.at <= ?', endOf(q.to));
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

interface Row {
  id: number;
  at: string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  event: string;
  subject_type: string | null;
  subject_id: string | null;
  ip: string | null;
  detail_json: string | null;
}

const SELECT = `SELECT l.id, l.at, l.actor_kind, l.actor_id, u.display_name AS actor_name, l.event,
  l.subject_type, l.subject_id, l.ip, l.detail_json
  FROM audit_log l LEFT JOIN staff_users u ON l.actor_kind = 'staff' AND u.id = l.actor_id`;

const entry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  actorKind: r.actor_kind,
  actorId: r.actor_id,
  actorName: r.actor_name,
  event: r.event,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  ip: r.ip,
  detail: r.detail_json,
});

/** One CSV field: quoted when needed, and never a formula when opened in a spreadsheet. */
function csvField(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEAD = [
  'id',
  'at',
  'actor_kind',
  'actor_id',
  'actor_name',
  'event',
  'subject_type',
  'subject_id',
  'ip',
  'detail',
];

export const auditRoutes = new Hono<AppEnv>()
  .use(requireStaff('admin'))
  .get('/', query(auditQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const w = where(q);
    const [rows, count] = await c.env.DB.batch([
      c.env.DB.prepare(`${SELECT} ${w.sql} ORDER BY l.id DESC LIMIT ? OFFSET ?`).bind(
        ...w.params,
        q.pageSize,
        (q.page - 1) * q.pageSize,
      ),
      c.env.DB.prepare(`SELECT COUNT(*) AS n FROM audit_log l ${w.sql}`).bind(...w.params),
    ]);
    const page: AuditPage = {
      items: ((rows?.results ?? []) as Row[]).map(entry),
      total: Number((count?.results?.[0] as { n: number } | undefined)?.n ?? 0),
      page: q.page,
      pageSize: q.pageSize,
    };
    return c.json(page);
  })
  .get('/export', query(auditQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const w = where(q);
    const rows = await c.env.DB.prepare(`${SELECT} ${w.sql} ORDER BY l.id DESC LIMIT ?`)
      .bind(...w.params, AUDIT_EXPORT_MAX)
      .all<Row>();
    const { page: _page, pageSize: _size, ...filter } = q;
    await audit(c, {
      event: 'audit_log_exported',
      detail: { filter, rows: rows.results.length },
    });
    const lines = [
      CSV_HEAD.join(','),
      ...rows.results.map((r) =>
        [
          r.id,
          r.at,
          r.actor_kind,
          r.actor_id,
          r.actor_name,
          r.event,
          r.subject_type,
          r.subject_id,
          r.ip,
          r.detail_json,
        ]
          .map(csvField)
          .join(','),
      ),
    ];
    const stamp = appNowIso(c.env).slice(0, 10);
    // A BOM, so that Excel opens the Chinese text as UTF-8.
    return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="audit-${stamp}.csv"`,
        'cache-control': 'no-store',
      },
    });
  });
