import { dict } from '../../app/i18n';

export const I = dict({
  title: { zh: '消息', en: 'Messages' },
  bell: { zh: '消息，{n} 条未读', en: 'Messages, {n} unread' },
  empty: {
    zh: '暂无消息。申请有进展时，我们会在这里通知您。',
    en: 'No messages yet. We tell you here whenever an application moves on.',
  },
  unreadTag: { zh: '未读', en: 'Unread' },
  markRead: { zh: '标为已读', en: 'Mark as read' },
  openCase: { zh: '查看申请', en: 'Open the application' },
  openRemote: { zh: '查看视频核查', en: 'Open the video inspection' },
});
