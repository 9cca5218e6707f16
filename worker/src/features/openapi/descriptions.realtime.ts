/** What a call's SFU media routes do (the worker's proxy to the Realtime SFU; no secret leaves). */
import type { ErrorCode } from '../../../core/errors';
import { d, type RouteDescription } from './openapi.describe';

const IN_CALL: readonly ErrorCode[] = [
  'NOT_FOUND',
  'REMOTE_CLOSED',
  'REMOTE_MEDIA_NOT_SFU',
  'REMOTE_MEDIA_NOT_IN_ROOM',
  'REMOTE_MEDIA_REFUSED',
  'REMOTE_MEDIA_UNAVAILABLE',
];
const OWN: readonly ErrorCode[] = [...IN_CALL, 'REMOTE_MEDIA_SESSION'];

const routes = (prefix: string, who: { zh: string; en: string }) => ({
  [`POST ${prefix}/:id/media/session`]: d(
    `开启媒体会话（${who.zh}）`,
    `Opens the caller's SFU session (${who.en}); the room lists it for the other parties.`,
    { status: '201', errors: IN_CALL },
  ),
  [`POST ${prefix}/:id/media/tracks/new`]: d(
    `发布或拉取音视频（${who.zh}）`,
    `Publishes the caller's tracks (with its SDP offer) or pulls tracks another party of the call published; answers as the SFU does, per-track errors included (${who.en}).`,
    { errors: [...OWN, 'REMOTE_MEDIA_TRACK'] },
  ),
  [`PUT ${prefix}/:id/media/renegotiate`]: d(
    `应答媒体服务器（${who.zh}）`,
    `The browser's SDP answer to the SFU's offer after a pull (${who.en}).`,
    { errors: OWN },
  ),
  [`PUT ${prefix}/:id/media/tracks/close`]: d(
    `关闭音视频（${who.zh}）`,
    `Stops tracks of the caller's own session by mid; reports each as closed, absent or failed (${who.en}).`,
    { errors: OWN },
  ),
});

export const REALTIME_DESCRIPTIONS: Record<string, RouteDescription> = {
  ...routes('/api/inspections', { zh: '核查人员', en: 'an officer of the inspection' }),
  ...routes('/api/my/inspections', { zh: '申请人', en: 'the applicant of its case' }),
};
