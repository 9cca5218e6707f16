/**
 * Deadlines as people read them, and the notice that a year's holiday schedule is missing: a
 * deadline counted across such a year (weekends only) is shown as an estimate, never as exact.
 */
import { missingYears } from '@core/calendar';
import { yearOf } from '@core/dates';
import { useState } from 'preact/hooks';
import { staff } from './auth';
import { appToday, calendar } from './calendar';
import { formatDate } from './format';
import { dict, fmt, list, t } from './i18n';

const D = dict({
  estimated: {
    zh: '（预计，{year}年节假日安排公布后可能顺延）',
    en: ' (estimate: may move once the {year} public holidays are published)',
  },
  missing: {
    zh: '{years}年法定节假日安排尚未录入：跨入该年的期限暂按双休日推算，可能偏早。请管理员在“设置”中录入国务院办公厅通知。',
    en: 'The {years} public holiday schedule is not entered: deadlines reaching into it are counted with weekends only and may be early. An administrator can enter the State Council notice under Settings.',
  },
  estimatedShort: { zh: '（预计）', en: ' (est.)' },
  enter: { zh: '去录入', en: 'Enter it' },
  gotIt: { zh: '知道了', en: 'Got it' },
});

/**
 * A deadline date, marked as an estimate when the server counted it without holiday data. In a
 * table (`short`) the mark is one word with the sentence as its tooltip: the sentence in every
 * row pushed the queue's clock out of sight, and the notice above the table says it once.
 */
export function DeadlineText(props: { date: string; estimated?: boolean; short?: boolean }) {
  const why = fmt(t(D.estimated), { year: yearOf(props.date) });
  return (
    <span data-testid="deadline" data-estimated={props.estimated ? 'true' : undefined}>
      {formatDate(props.date)}
      {props.estimated &&
        (props.short ? (
          <small class="deadline-estimated" title={why}>
            {t(D.estimatedShort)}
          </small>
        ) : (
          <small class="deadline-estimated">{why}</small>
        ))}
    </span>
  );
}

const SEEN_KEY = 'xuke.calendarNoticeSeen';

function seenYears(): string | null {
  try {
    return localStorage.getItem(SEEN_KEY);
  } catch {
    return null;
  }
}

/**
 * A banner while a year a running clock may reach has no holiday schedule. The admin, whose job
 * it is to enter it, keeps it with a link to the form; anyone else may put it away with 知道了
 * (on a phone it takes four lines above every screen) until another year goes missing.
 */
export function CalendarNotice() {
  const [seen, setSeen] = useState(seenYears);
  const years = missingYears(calendar.value, appToday());
  if (years.length === 0) return null;
  const key = years.join(',');
  const admin = staff.value?.role === 'admin';
  if (!admin && seen === key) return null;
  return (
    <div class="notice calendar-notice" role="status" data-testid="calendar-notice">
      <p>{fmt(t(D.missing), { years: list(years.map(String)) })}</p>
      {admin ? (
        <a href="/settings" data-testid="calendar-notice-enter">
          {t(D.enter)} ›
        </a>
      ) : (
        <button
          type="button"
          class="btn btn-small"
          data-testid="calendar-notice-dismiss"
          onClick={() => {
            try {
              localStorage.setItem(SEEN_KEY, key);
            } catch {
              // No storage: it stays put away for this visit only.
            }
            setSeen(key);
          }}
        >
          {t(D.gotIt)}
        </button>
      )}
    </div>
  );
}
