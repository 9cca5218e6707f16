import { describe, expect, it } from 'vitest';
import { ApiError, ChunkLoadError } from './api-error';
import { failureOf } from './failure';

describe('failureOf', () => {
  it('calls only a real 404 "not found"', () => {
    expect(failureOf(new ApiError('NOT_FOUND', '未找到相应内容。', 404))).toBe('not-found');
  });
  it('calls a request that never reached the server "offline"', () => {
    expect(failureOf(new ApiError('NETWORK', '网络连接不可用', 0))).toBe('offline');
  });
  it('calls a chunk that could not be fetched "offline"', () => {
    expect(failureOf(new ChunkLoadError('queue', new TypeError('Failed to fetch')))).toBe(
      'offline',
    );
  });
  it('calls every other failure an error, never "not found"', () => {
    // A non-JSON 404 (a proxy page, the service worker answering for a dead server) is not
    // the server saying the record does not exist.
    expect(failureOf(new ApiError('UNEXPECTED', '服务暂时出现问题', 404))).toBe('error');
    expect(failureOf(new ApiError('UNEXPECTED', '服务暂时出现问题', 502))).toBe('error');
    expect(failureOf(new ApiError('FORBIDDEN', '您没有权限', 403))).toBe('error');
    expect(failureOf(new ApiError('AUTH_REQUIRED', '请先登录', 401))).toBe('error');
    expect(failureOf(new TypeError('x is undefined'))).toBe('error');
    expect(failureOf('boom')).toBe('error');
    expect(failureOf(null)).toBe('error');
  });
});
