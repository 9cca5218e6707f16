/**
 * The warnings follow the writes that change their facts: after a successful write on a case
 * (staff actions, the applicant's submission, corrections, withdrawal), a rating or a
 * follow-up reply, the event rules run again for that case's county before the answer goes
 * out (a few indexed reads of one county), so the list is right the moment the writer looks,
 * and no page view scans anything. A failure here is logged, never turned into the answer.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../app-env';
import { refreshAfterWrite } from './warnings.job';

const SUBMIT_PATHS = ['/api/my/applications', '/api/my/applications/submissions'];
const CASE_PATHS = [
  /^\/api\/applications\/([^/]+)\//,
  /^\/api\/my\/applications\/(?!submissions$)([^/]+)/,
  /^\/api\/my\/ratings\/([^/]+)/,
];
const FOLLOW_UP_PATH = /^\/api\/ratings\/follow-ups\/([^/]+)\//;

/** The county whose warnings a write may have changed, or null. */
async function countyOfWrite(db: D1Database, path: string, applicantId: string | null) {
  for (const re of CASE_PATHS) {
    const id = re.exec(path)?.[1];
    if (id) {
      const row = await db
        .prepare('SELECT jurisdiction_code AS c FROM applications WHERE id = ?')
        .bind(decodeURIComponent(id))
        .first<{ c: string }>();
      return row?.c ?? null;
    }
  }
  const ratingId = FOLLOW_UP_PATH.exec(path)?.[1];
  if (ratingId) {
    const row = await db
      .prepare('SELECT jurisdiction_code AS c FROM rating_follow_ups WHERE rating_id = ?')
      .bind(decodeURIComponent(ratingId))
      .first<{ c: string }>();
    return row?.c ?? null;
  }
  if (SUBMIT_PATHS.includes(path) && applicantId) {
    const row = await db
      .prepare(
        `SELECT jurisdiction_code AS c FROM applications WHERE applicant_id = ?
         ORDER BY updated_at DESC LIMIT 1`,
      )
      .bind(applicantId)
      .first<{ c: string }>();
    return row?.c ?? null;
  }
  return null;
}

export const warningsFollowWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method === 'GET' || c.res.status >= 400) return;
  const p = c.get('principal');
  const applicantId = p?.kind === 'applicant' ? p.id : null;
  try {
    const county = await countyOfWrite(c.env.DB, c.req.path, applicantId);
    if (county) await refreshAfterWrite(c.env, [county]);
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', warnings: String(err) }));
  }
};
