/**
 * Xuke worker: assembles the Hono API, serves the PWA's static assets for everything else,
 * and exports the Durable Objects.
 */
import { taskRoutes } from './features/tasks/tasks.routes';
import { TASK_PHOTO_PATH, taskPhotoRoutes } from './features/tasks/photos.routes';
import { caseRecordRoutes, taskRecordRoutes } from './features/tasks/record.routes';
import { TASK_PHOTO_MAX_BYTES, TASK_RECORD_MAX_BYTES } from '../core/task-record';
import { searchRoutes } from './features/search/search.routes';
import { staffLicenceRoutes } from './features/licences/licences.staff.routes';
import { staffAdminRoutes } from './features/staff/staff.admin.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { checklistRoutes } from './features/checklists/checklists.routes';
import { remoteApplicantRoutes, remoteStaffRoutes } from './features/remote/remote.routes';
import {
  remoteMediaApplicantRoutes,
  remoteMediaStaffRoutes,
} from './features/remote/remote.media.routes';
import { evidenceApplicantRoutes, evidenceStaffRoutes } from './features/evidence/evidence.routes';
import { evidenceSealRoutes, evidenceVerifyRoutes } from './features/evidence/evidence.seal.routes';
import { evidenceBodyLimit, evidenceTooLarge } from './features/evidence/evidence.body';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env';
import { config, type Env } from './env';
import { applicationApplicantRoutes } from './features/applications/applications.applicant.routes';
import { deemAcceptOverdue } from './features/applications/deemed-acceptance';
import { applicationSubmitRoutes } from './features/applications/applications.submit.routes';
import { notificationRoutes } from './features/notifications/notifications.routes';
import { applicationStaffRoutes } from './features/applications/applications.staff.routes';
import { ATTACHMENT_MAX_BYTES } from './features/attachments/attachment-types';
import { attachmentRoutes } from './features/attachments/attachments.routes';
import { authRoutes } from './features/auth/auth.routes';
import { calendarRoutes } from './features/calendar/calendar.routes';
import { devRoutes } from './features/dev/dev.routes';
import { expireLicences } from './features/grids/grids.counts';
import { publishGrids } from './features/grids/grids.live';
import { geocodeRoutes } from './features/geocode/geocode.routes';
import { gridRoutes } from './features/grids/grids.routes';
import { healthRoutes } from './features/health/health.routes';
import { importRoutes } from './features/imports/imports.routes';
import { apiTokenRoutes } from './features/api-tokens/api-tokens.routes';
import { licenceRecordRoutes, recordImportRoutes } from './features/deliveries/records.routes';
import { systemRoutes } from './features/deliveries/records.system.routes';
import { layoutRoutes } from './features/layout/layout.routes';
import { mapRoutes } from './features/layout/map.routes';
import { schoolRoutes } from './features/schools/schools.routes';
import { jurisdictionRoutes } from './features/jurisdictions/jurisdictions.routes';
import { cancelUnresumed } from './features/licences/licence-lapse';
import {
  myLicenceRoutes,
  staffLicencePdfRoutes,
  publicLicenceRoutes,
} from './features/licences/licences.routes';
import {
  applicantDocumentRoutes,
  staffDocumentRoutes,
} from './features/documents/documents.routes';
import { liveRoutes } from './features/live/live.routes';
import { meRoutes } from './features/me/me.routes';
import { staffRoutes } from './features/staff/staff.routes';
import { workbenchRoutes } from './features/workbench/workbench.routes';
import { warningRoutes } from './features/warnings/warnings.routes';
import { warningsFollowWrites } from './features/warnings/warnings.events';
import { refreshWarnings } from './features/warnings/warnings.job';
import { analysisRoutes } from './features/analysis/analysis.routes';
import { rollUpIfDue } from './features/analysis/analysis.rollup';
import { ratingApplicantRoutes } from './features/ratings/ratings.applicant.routes';
import { ratingStaffRoutes } from './features/ratings/ratings.staff.routes';
import { remindToRate } from './features/ratings/ratings.reminders';
import { deliverDue } from './adapters/rating-platform/rating-platform.outbox';
import { ratingPlatform } from './adapters/rating-platform/rating-platform';
import { AppError } from './lib/errors';
import { loadSession } from './middleware/auth';
import { onError, onNotFound } from './middleware/error-handler';
import { requireBodyType } from './middleware/content-type';
import { requestContext } from './middleware/request-context';
import { sameOrigin } from './middleware/same-origin';
import { securityHeaders } from './middleware/security-headers';
import { appNow, appNowIso, appToday } from './lib/clock';
import { supervisionRoutes } from './features/supervision/supervision.routes';
import { publicSupervisionRoutes } from './features/supervision/public.routes';
import { pushRoutes } from './features/push/push.routes';
import { guideRoutes } from './features/guide/guide.routes';
import { assistedPhoneRoutes, phoneRoutes } from './features/phone/phone.routes';
import {
  myThreadRoutes,
  staffThreadRoutes,
  threadApplicantRoutes,
  threadStaffRoutes,
} from './features/thread/thread.routes';
import { sendDueReminders } from './features/reminders/reminders.job';
import { openapiRoutes } from './features/openapi/openapi.routes';
import type { MountedRoute } from './features/openapi/openapi.document';
import { webhookRoutes } from './features/webhooks/webhooks.routes';
import { deliverWebhooks } from './features/webhooks/webhooks.deliver';
import { sopAdminRoutes } from './features/sop/sop.routes';
import { opinionRoutes } from './features/sop/sop.opinion.routes';
import { jurisdictionAdminRoutes } from './features/jurisdictions/jurisdictions.admin.routes';

export { InspectionRoom } from './durable-objects/inspection-room';
export { LiveFeed } from './durable-objects/live-feed';

// Admin imports (retailers, schools, polygons) carry thousands of rows in one request.
const IMPORT_PATHS = [
  '/api/imports/',
  '/api/schools/import',
  '/api/grids/polygons',
  '/api/system/records',
];
const IMPORT_MAX_BYTES = 8 * 1024 * 1024;
// Photos: the applicant's uploads and the guide's example photos.
const IMAGE_UPLOAD_PATHS = ['/api/my/attachments', '/api/guides/images'];
const TASK_RECORD_PATH = /^\/api\/tasks\/[^/]+\/record$/;

/** The API under /api. Its routes are chained so their types accumulate into AppType. */
const api = new Hono<AppEnv>()
  .use(async (c, next) =>
    bodyLimit({
      // Photo uploads, on-site records (with a signature) and imports carry bigger bodies.
      maxSize:
        evidenceBodyLimit(c.req.path) ??
        (IMAGE_UPLOAD_PATHS.some((p) => c.req.path.startsWith(p))
          ? ATTACHMENT_MAX_BYTES
          : TASK_PHOTO_PATH.test(c.req.path)
            ? TASK_PHOTO_MAX_BYTES
            : TASK_RECORD_PATH.test(c.req.path)
              ? TASK_RECORD_MAX_BYTES
              : IMPORT_PATHS.some((p) => c.req.path.startsWith(p))
                ? IMPORT_MAX_BYTES
                : config(c.env).maxBodyBytes),
      onError: () => {
        throw new AppError(
          evidenceTooLarge(c.req.path) ??
            (TASK_PHOTO_PATH.test(c.req.path) ? 'PHOTO_TOO_LARGE' : 'BODY_TOO_LARGE'),
        );
      },
    })(c, next),
  )
  .use(sameOrigin)
  .use(requireBodyType)
  .use(loadSession)
  .use(warningsFollowWrites)
  .route('/health', healthRoutes)
  .route('/auth', authRoutes)
  .route('/me', meRoutes)
  .route('/me/phone', phoneRoutes)
  .route('/dev', devRoutes)
  .route('/jurisdictions', jurisdictionRoutes)
  .route('/calendar', calendarRoutes)
  .route('/guides', guideRoutes)
  .route('/my/applications', applicationSubmitRoutes)
  .route('/my/applications', applicationApplicantRoutes)
  .route('/my/notifications', notificationRoutes)
  .route('/my/ratings', ratingApplicantRoutes)
  .route('/my/push-subscriptions', pushRoutes)
  .route('/my/applications', threadApplicantRoutes)
  .route('/my/threads', myThreadRoutes)
  .route('/', attachmentRoutes)
  .route('/my/applications', applicantDocumentRoutes)
  .route('/my/licences', myLicenceRoutes)
  .route('/public/licences', publicLicenceRoutes)
  .route('/public/supervision', publicSupervisionRoutes)
  .route('/applications', applicationStaffRoutes)
  .route('/applications', staffDocumentRoutes)
  .route('/applications', threadStaffRoutes)
  .route('/threads', staffThreadRoutes)
  .route('/live', liveRoutes)
  .route('/staff', staffRoutes)
  .route('/staff/phone-change', assistedPhoneRoutes)
  .route('/grids', gridRoutes)
  .route('/map', mapRoutes)
  .route('/layout', layoutRoutes)
  .route('/geocode', geocodeRoutes)
  .route('/schools', schoolRoutes)
  .route('/imports', importRoutes)
  .route('/imports', recordImportRoutes)
  .route('/tasks', taskRoutes)
  .route('/ratings', ratingStaffRoutes)
  .route('/supervision', supervisionRoutes)
  .route('/tasks', taskRecordRoutes)
  .route('/tasks', taskPhotoRoutes)
  .route('/applications', caseRecordRoutes)
  .route('/search', searchRoutes)
  .route('/licences', staffLicenceRoutes)
  .route('/licences', staffLicencePdfRoutes)
  .route('/licences', licenceRecordRoutes)
  .route('/admin/staff', staffAdminRoutes)
  .route('/admin/audit', auditRoutes)
  .route('/admin/webhooks', webhookRoutes)
  .route('/admin/tokens', apiTokenRoutes)
  // System-to-system calls with an API token (never a session).
  .route('/system', systemRoutes)
  .route('/admin/sop', sopAdminRoutes)
  .route('/admin/jurisdictions', jurisdictionAdminRoutes)
  .route('/applications', opinionRoutes)
  .route('/checklists', checklistRoutes)
  .route('/inspections', remoteStaffRoutes)
  .route('/inspections', evidenceStaffRoutes)
  .route('/inspections', evidenceSealRoutes)
  .route('/my/inspections', remoteApplicantRoutes)
  .route('/inspections', remoteMediaStaffRoutes)
  .route('/my/inspections', remoteMediaApplicantRoutes)
  .route('/warnings', warningRoutes)
  .route('/analysis', analysisRoutes)
  .route('/my/inspections', evidenceApplicantRoutes)
  .route('/evidence', evidenceVerifyRoutes)
  .route('/', workbenchRoutes)
  // Described from the whole app's router, read when first asked (after `app` exists).
  .route(
    '/openapi.json',
    openapiRoutes((): readonly MountedRoute[] => app.routes),
  );

/**
 * The API's routes with their inputs and answers, for the PWA's typed client (`hc<AppType>`,
 * pwa/src/app/api.ts). The PWA reads it from the declarations `npm run typecheck` emits.
 */
export type AppType = typeof api;

const app = new Hono<AppEnv>()
  .use(securityHeaders)
  .use(requestContext)
  .use('/api/*', async (c, next) => {
    await next();
    // API answers are per-user: never stored by shared caches or the service worker.
    c.header('cache-control', 'no-store');
  })
  .route('/api', api)
  .all('/api/*', onNotFound)
  .get('*', (c) => c.env.ASSETS.fetch(c.req.raw));

app.onError(onError);
app.notFound(onNotFound);

export default {
  fetch: app.fetch,
  // Statutory clocks that move without anyone acting (视为受理).
  scheduled(_event, env, ctx) {
    ctx.waitUntil(deemAcceptOverdue(env).then(() => undefined));
    // 到期: expired licences leave their grids' counts; open maps hear about it.
    ctx.waitUntil(
      expireLicences(env.DB, appToday(env), appNowIso(env)).then((grids) =>
        publishGrids(env, grids, 'expiry'),
      ),
    );
    // 停业期满未恢复营业: lapsed suspensions are cancelled (注销) and leave their grids' counts.
    ctx.waitUntil(
      cancelUnresumed(env, appToday(env)).then((grids) => publishGrids(env, grids, 'lapse')),
    );
    // 好差评: the one reminder to rate, and ratings the provincial platform has not taken yet.
    ctx.waitUntil(remindToRate(env).then(() => undefined));
    ctx.waitUntil(deliverDue(env.DB, ratingPlatform(env), appNow(env)).then(() => undefined));
    // Reminders (延续, 停业期满, 补正, 核查预约): each sent once, however often this runs.
    ctx.waitUntil(sendDueReminders(env, appToday(env)).then(() => undefined));
    // 事件推送: webhooks written since the last run, and retries that are due.
    ctx.waitUntil(deliverWebhooks(env, appNow(env)).then(() => undefined));
    // 许可业务预警 for the whole city, then the analysis roll-up once a day (办证智能分析).
    ctx.waitUntil(
      refreshWarnings(env)
        .then(() => rollUpIfDue(env))
        .then(() => undefined),
    );
  },
} satisfies ExportedHandler<Env>;

export { app };
