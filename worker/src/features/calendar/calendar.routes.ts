import { Hono } from 'hono';
import { calendarYearSchema } from '../../../core/api';
import { missingYears, WorkCalendar, type CalendarView } from '../../../core/calendar';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff } from '../../middleware/auth';
import { auditInsert } from '../audit/audit.service';
import { calendarYearsData, saveCalendarYear } from './calendar.service';

/**
 * The working-day calendar: public (the sign-in screen and the applicant's precheck count with
 * it, offline too), written by admins one year at a time.
 */
export const calendarRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const years = await calendarYearsData(getDb(c.env.DB));
    const today = appToday(c.env);
    const view: CalendarView = {
      today,
      years,
      missingYears: missingYears(new WorkCalendar(years), today),
    };
    return c.json(view);
  })
  // 节假日安排: the State Council's schedule for one year, entered when it is published.
  .put('/years/:year', requireStaff('admin'), json(calendarYearSchema), async (c) => {
    const input = c.req.valid('json');
    if (String(input.year) !== c.req.param('year')) {
      throw new AppError('VALIDATION_FAILED', [
        { path: 'year', message: 'does not match the URL' },
      ]);
    }
    try {
      new WorkCalendar([input]);
    } catch (err) {
      throw new AppError('VALIDATION_FAILED', [{ path: '(root)', message: String(err) }]);
    }
    const db = getDb(c.env.DB);
    await saveCalendarYear(db, input);
    await auditInsert(c, {
      event: 'calendar_year_saved',
      subjectType: 'calendar_year',
      subjectId: String(input.year),
      detail: { holidays: input.holidays.length, makeup: input.makeup_workdays.length },
    });
    return c.json({ saved: input.year });
  });
