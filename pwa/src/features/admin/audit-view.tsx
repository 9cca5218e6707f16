/**
 * 审计日志 for admins: filter by person, object, action and period (kept in the URL), newest
 * first, paged; the same filter exported as CSV (the export is itself audited).
 */
import { useLocation } from 'preact-iso';
import { AUDIT_EVENTS } from '@core/audit-events';
import { api, opts, read, withQuery } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { S } from './admin.strings';
import './admin.css';

const FIELDS = ['actorId', 'event', 'subjectId', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
const PAGE_SIZE = 50;

export function AuditView() {
  const { query, path, route } = useLocation();
  const filter: Partial<Record<Field, string>> = {};
  for (const f of FIELDS) if (query[f]) filter[f] = query[f];
  const page = Math.max(1, Number(query.page) || 1);
  const event = AUDIT_EVENTS.find((e) => e === filter.event);
  const q = { ...filter, event, page, pageSize: PAGE_SIZE };
  const res = useResource(
    (signal) => read(api.admin.audit.$get({ query: q }, opts({ signal }))),
    [JSON.stringify(q)],
  );
  const exportHref = withQuery('/api/admin/audit/export', { ...filter, event });
  return (
    <section data-testid="audit-view">
      <PageTitle text={S.auditTitle} />
      <p class="lead">{t(S.auditLead)}</p>
      <form
        class="admin-filters"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const next: Record<string, string> = {};
          for (const f of FIELDS) next[f] = String(data.get(f) ?? '').trim();
          route(withQuery(path, next));
        }}
      >
        <div class="field">
          <label for="a-actor">{t(S.actorId)}</label>
          <input id="a-actor" name="actorId" defaultValue={filter.actorId ?? ''} />
        </div>
        <div class="field">
          <label for="a-event">{t(S.event)}</label>
          <select id="a-event" name="event" defaultValue={event ?? ''}>
            <option value="">{t(S.anyEvent)}</option>
            {AUDIT_EVENTS.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="a-subject">{t(S.subjectId)}</label>
          <input id="a-subject" name="subjectId" defaultValue={filter.subjectId ?? ''} />
        </div>
        <div class="field">
          <label for="a-from">{t(S.from)}</label>
          <input id="a-from" name="from" type="date" defaultValue={filter.from ?? ''} />
        </div>
        <div class="field">
          <label for="a-to">{t(S.to)}</label>
          <input id="a-to" name="to" type="date" defaultValue={filter.to ?? ''} />
        </div>
        <button type="submit" class="btn btn-primary">
          {t(S.filter)}
        </button>
        <a class="btn" href={exportHref} download data-testid="audit-export">
          {t(S.export)}
        </a>
      </form>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={S.noEntries}>
        {(d) => (
          <>
            <p data-testid="audit-total">{fmt(t(S.total), { n: d.total })}</p>
            <div class="admin-table-wrap">
              <table class="admin-table">
                <thead>
                  <tr>
                    <th>{t(S.at)}</th>
                    <th>{t(S.actor)}</th>
                    <th>{t(S.event)}</th>
                    <th>{t(S.subject)}</th>
                    <th>{t(S.detail)}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((i) => (
                    <tr key={i.id} data-testid="audit-row">
                      <td data-label={t(S.at)}>{formatDateTime(i.at)}</td>
                      <td data-label={t(S.actor)}>
                        {i.actorName ?? i.actorKind}
                        {i.actorId ? ` (${i.actorId})` : ''}
                      </td>
                      <td data-label={t(S.event)}>{i.event}</td>
                      <td data-label={t(S.subject)}>
                        {[i.subjectType, i.subjectId].filter(Boolean).join(' ')}
                      </td>
                      <td data-label={t(S.detail)} class="admin-detail">
                        {i.detail ?? ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div class="admin-actions">
              {page > 1 && (
                <a class="btn" href={withQuery(path, { ...filter, page: page - 1 })}>
                  {t(S.prev)}
                </a>
              )}
              {page * PAGE_SIZE < d.total && (
                <a class="btn" href={withQuery(path, { ...filter, page: page + 1 })}>
                  {t(S.nextPage)}
                </a>
              )}
            </div>
          </>
        )}
      </Async>
    </section>
  );
}
