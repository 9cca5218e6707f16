/**
 * 节假日安排: the admin enters a year's State Council holiday schedule when it is published
 * (usually in November), so that deadlines reaching into that year stop being estimates.
 */
import { useState } from 'preact/hooks';
import { missingYears } from '@core/calendar';
import { isIsoDate, yearOf } from '@core/dates';
import { readHolidayNotice } from '@core/holiday-notice';
import { api, errorText, read } from '../../app/api';
import { appToday, calendar, refreshCalendar } from '../../app/calendar';
import { dict, fmt, list, t } from '../../app/i18n';
import { toast } from '../../app/toast';

const K = dict({
  title: { zh: '法定节假日安排', en: 'Public holiday schedule' },
  known: { zh: '已录入年份：{years}', en: 'Years entered: {years}' },
  missing: {
    zh: '缺少 {years} 年的安排：跨入该年的期限暂按双休日推算。',
    en: 'Missing {years}: deadlines reaching into it are counted with weekends only.',
  },
  year: { zh: '年份', en: 'Year' },
  holidays: {
    zh: '放假日期（每行一个，含假期中的周末）',
    en: 'Days off (one per line, weekends inside each holiday included)',
  },
  makeup: { zh: '调休上班日期（每行一个）', en: 'Make-up working days (one per line)' },
  source: { zh: '依据', en: 'Source' },
  sourceHint: {
    zh: '例如：国务院办公厅关于2027年部分节假日安排的通知',
    en: 'e.g. the State Council General Office notice on the 2027 holidays',
  },
  notice: {
    zh: '导入通知原文（可粘贴或选择文本文件）',
    en: 'Import the notice text (paste it or pick a text file)',
  },
  noticeHint: {
    zh: '识别“……至……放假”和“……上班”的日期，填入下方，保存前请核对。',
    en: 'Reads the “… to … off” and “… worked” dates into the fields below: check them before saving.',
  },
  read: { zh: '识别日期', en: 'Read the dates' },
  readDone: {
    zh: '已识别 {h} 个放假日、{m} 个调休上班日。',
    en: 'Read {h} days off and {m} make-up days.',
  },
  both: {
    zh: '以下日期既是放假日又是调休上班日：{dates}',
    en: 'Both a day off and a make-up day: {dates}',
  },
  badDates: { zh: '以下日期无效：{dates}', en: 'These dates are not valid: {dates}' },
  save: { zh: '保存', en: 'Save' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saved: { zh: '{year}年节假日安排已保存。', en: 'The {year} holiday schedule is saved.' },
});

function dates(text: string): { ok: string[]; bad: string[] } {
  const items = text
    .split(/[\s,，、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { ok: items.filter(isIsoDate), bad: items.filter((d) => !isIsoDate(d)) };
}

export function CalendarAdmin() {
  const today = appToday();
  const gaps = missingYears(calendar.value, today);
  const [year, setYear] = useState(String(gaps[0] ?? yearOf(today) + 1));
  const [holidays, setHolidays] = useState('');
  const [makeup, setMakeup] = useState('');
  const [source, setSource] = useState('');
  const [notice, setNotice] = useState('');
  const [reading, setReading] = useState<{ text: string; problems: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const h = dates(holidays);
  const m = dates(makeup);
  const bad = [...h.bad, ...m.bad];
  const both = h.ok.filter((d) => m.ok.includes(d));
  const y = Number(year);
  const valid =
    Number.isInteger(y) &&
    y >= 2000 &&
    y <= 2100 &&
    bad.length === 0 &&
    both.length === 0 &&
    source.trim().length >= 2;

  const readNotice = () => {
    const r = readHolidayNotice(notice, y);
    setHolidays(r.holidays.join('\n'));
    setMakeup(r.makeup_workdays.join('\n'));
    setReading({
      text: fmt(t(K.readDone), { h: r.holidays.length, m: r.makeup_workdays.length }),
      problems: r.problems.map((p) => t(p)),
    });
  };
  // The years around today that have a schedule (older ones no longer matter to a clock).
  const known = Array.from({ length: 5 }, (_, i) => yearOf(today) - 2 + i).filter((n) =>
    calendar.value.hasDataFor(n),
  );

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await read(
        api.calendar.years[':year'].$put({
          param: { year: String(y) },
          json: { year: y, holidays: h.ok, makeup_workdays: m.ok, source: source.trim() },
        }),
      );
      await refreshCalendar();
      toast(fmt(t(K.saved), { year: y }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" data-testid="calendar-admin" aria-labelledby="cal-h">
      <h2 id="cal-h">{t(K.title)}</h2>
      <p>{fmt(t(K.known), { years: list(known.map(String)) || '—' })}</p>
      {gaps.length > 0 && (
        <p class="notice">{fmt(t(K.missing), { years: list(gaps.map(String)) })}</p>
      )}
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void save();
        }}
      >
        <div class="field">
          <label for="cal-year">{t(K.year)}</label>
          <input
            id="cal-year"
            inputMode="numeric"
            value={year}
            onInput={(e) => setYear((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="cal-notice">{t(K.notice)}</label>
          <textarea
            id="cal-notice"
            rows={4}
            value={notice}
            aria-describedby="cal-notice-hint"
            onInput={(e) => setNotice((e.target as HTMLTextAreaElement).value)}
          />
          <p class="hint" id="cal-notice-hint">
            {t(K.noticeHint)}
          </p>
          <input
            type="file"
            accept=".txt,text/plain"
            aria-label={t(K.notice)}
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void f.text().then(setNotice);
            }}
          />
          <div class="button-row">
            <button
              type="button"
              class="btn"
              disabled={notice.trim().length === 0 || !Number.isInteger(y)}
              onClick={readNotice}
            >
              {t(K.read)}
            </button>
          </div>
          {reading && (
            <div role="status" data-testid="notice-reading">
              <p>{reading.text}</p>
              {reading.problems.length > 0 && (
                <ul class="error">
                  {reading.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        <div class="field">
          <label for="cal-holidays">{t(K.holidays)}</label>
          <textarea
            id="cal-holidays"
            rows={6}
            value={holidays}
            placeholder={`${year}-01-01`}
            onInput={(e) => setHolidays((e.target as HTMLTextAreaElement).value)}
          />
        </div>
        <div class="field">
          <label for="cal-makeup">{t(K.makeup)}</label>
          <textarea
            id="cal-makeup"
            rows={3}
            value={makeup}
            onInput={(e) => setMakeup((e.target as HTMLTextAreaElement).value)}
          />
        </div>
        <div class="field">
          <label for="cal-source">{t(K.source)}</label>
          <input
            id="cal-source"
            value={source}
            aria-describedby="cal-source-hint"
            onInput={(e) => setSource((e.target as HTMLInputElement).value)}
          />
          <p class="hint" id="cal-source-hint">
            {t(K.sourceHint)}
          </p>
        </div>
        {bad.length > 0 && <p class="error">{fmt(t(K.badDates), { dates: list(bad) })}</p>}
        {both.length > 0 && <p class="error">{fmt(t(K.both), { dates: list(both) })}</p>}
        <div class="button-row">
          <button type="submit" class="btn btn-primary" disabled={busy || !valid}>
            {t(busy ? K.saving : K.save)}
          </button>
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
