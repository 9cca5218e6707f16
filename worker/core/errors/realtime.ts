/** Refusals about a remote inspection's SFU media (the worker's proxy to the Realtime SFU). */
import type { ErrorEntry } from './entry';

export const REALTIME_ERRORS = {
  REMOTE_MEDIA_NOT_SFU: {
    status: 409,
    zh: '本次视频通话为点对点连接，不经过媒体服务器。',
    en: 'This call connects peer to peer; it does not use the media server.',
  },
  REMOTE_MEDIA_NOT_IN_ROOM: {
    status: 409,
    zh: '请先进入视频核查房间，再连接音视频。',
    en: 'Join the inspection’s call first, then connect its media.',
  },
  REMOTE_MEDIA_SESSION: {
    status: 403,
    zh: '该媒体会话不属于您在本次核查中的连接，请重新进入视频核查。',
    en: 'This media session is not your connection in this inspection: rejoin the call.',
  },
  REMOTE_MEDIA_TRACK: {
    status: 409,
    zh: '所请求的音视频不是本次核查另一方正在发布的内容。',
    en: 'The requested track is not one another party of this call is publishing.',
  },
  REMOTE_MEDIA_REFUSED: {
    status: 422,
    zh: '媒体服务器拒绝了此次连接请求，请重新进入视频核查。',
    en: 'The media server refused this connection request: rejoin the call.',
  },
  REMOTE_MEDIA_UNAVAILABLE: {
    status: 503,
    zh: '媒体服务器暂时无法连接，请稍后重试。',
    en: 'The media server cannot be reached right now; try again shortly.',
  },
} as const satisfies Record<string, ErrorEntry>;
