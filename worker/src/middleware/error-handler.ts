import type { ErrorHandler, NotFoundHandler } from 'hono';
import { errorMessage, type ErrorBody } from '../../core/errors';
import type { AppEnv } from '../app-env';
import { AppError } from '../lib/errors';

/** The one place errors become responses: stable code, localised message, never a stack. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  const locale = c.get('locale') ?? 'zh-CN';
  const requestId = c.get('requestId');
  const appError = err instanceof AppError ? err : null;
  if (!appError) {
    console.error(JSON.stringify({ level: 'error', requestId, error: String(err) }));
  }
  const code = appError?.code ?? 'INTERNAL';
  const detail = appError?.detail;
  const body: ErrorBody = {
    error: {
      code,
      message: detail ? (locale === 'en' ? detail.en : detail.zh) : errorMessage(code, locale),
      requestId,
      ...(appError?.issues ? { issues: appError.issues } : {}),
      ...(appError?.retryAfterSeconds ? { retryAfterSeconds: appError.retryAfterSeconds } : {}),
    },
  };
  const status = (appError?.status ?? 500) as 400;
  if (requestId) c.header('x-request-id', requestId);
  if (appError?.status === 429 && appError.retryAfterSeconds) {
    c.header('retry-after', String(appError.retryAfterSeconds));
  }
  return c.json(body, status);
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) => {
  const locale = c.get('locale') ?? 'zh-CN';
  const body: ErrorBody = {
    error: {
      code: 'NOT_FOUND',
      message: errorMessage('NOT_FOUND', locale),
      requestId: c.get('requestId'),
    },
  };
  return c.json(body, 404);
};
