/** The case table used by the queue, warnings and inspections screens. */
import { DeadlineText } from '../../app/deadline';
import type { QueueItem } from '@core/api';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { useLocation } from 'preact-iso';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { ClockBadge } from '../../app/ui';
import { StatusBadge } from '../cases/case-parts';
import { Q } from './queue.strings';

/**
 * Columns in the order a clerk reads a row: which case and whose, then what and how urgent; the
 * county and the day it came in last (they scroll out of sight first on a narrow screen or in
 * large text). `showCounty` is off for a user of one county, whose every row says the same.
 */
export function QueueTable({
  items,
  caption,
  showCounty = true,
}: {
  items: QueueItem[];
  caption: string;
  showCounty?: boolean;
}) {
  const { route } = useLocation();
  return (
    <div class="table-wrap">
      <table class="table" data-testid="queue-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(Q.ref)}</th>
            <th scope="col">{t(Q.applicant)}</th>
            <th scope="col">{t(Q.shop)}</th>
            <th scope="col">{t(Q.type)}</th>
            <th scope="col">{t(Q.status)}</th>
            <th scope="col">{t(Q.deadline)}</th>
            <th scope="col">{t(Q.clock)}</th>
            <th scope="col" class="num">
              {t(Q.daysLeft)}
            </th>
            {showCounty && <th scope="col">{t(Q.county)}</th>}
            <th scope="col">{t(Q.submitted)}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            // The ref is the keyboard-accessible link; the whole row is a mouse convenience.
            <tr
              key={a.id}
              class={`row-clock-${a.clock}`}
              data-testid="queue-row"
              data-county={a.county.code}
              onClick={(e) => {
                if (!(e.target instanceof HTMLAnchorElement)) route(`/queue/${a.id}`);
              }}
            >
              <td>
                <a href={`/queue/${a.id}`} class="mono">
                  {a.ref}
                </a>
              </td>
              <td>{a.applicantName || '—'}</td>
              <td>{a.shopName || '—'}</td>
              <td>{t(BUSINESS_TYPE_LABELS[a.type])}</td>
              <td>
                <StatusBadge status={a.status} type={a.type} />
              </td>
              <td>
                {a.deadline ? (
                  <DeadlineText date={a.deadline} estimated={a.deadlineEstimated} short />
                ) : (
                  '—'
                )}
              </td>
              <td>
                <ClockBadge clock={a.clock} daysLeft={null} />
              </td>
              <td class="num">{a.workingDaysLeft ?? '—'}</td>
              {showCounty && <td>{a.county.name}</td>}
              <td>{formatDate(a.submittedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const from = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const to = Math.min(props.total, props.page * props.pageSize);
  return (
    <nav class="pager" aria-label={t(Q.pager)}>
      <span class="pager-total" data-testid="pager-total">
        {fmt(t(Q.showing), { from, to, n: props.total })}
      </span>
      <button
        type="button"
        class="btn"
        disabled={props.page <= 1}
        onClick={() => props.onPage(props.page - 1)}
      >
        ‹ {t(Q.prev)}
      </button>
      <span aria-live="polite">{fmt(t(Q.pageOf), { page: props.page, pages })}</span>
      <button
        type="button"
        class="btn"
        disabled={props.page >= pages}
        onClick={() => props.onPage(props.page + 1)}
        data-testid="pager-next"
      >
        {t(Q.next)} ›
      </button>
    </nav>
  );
}
