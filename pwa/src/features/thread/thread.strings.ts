import { dict } from '../../app/i18n';

export const M = dict({
  title: { zh: '留言', en: 'Messages with the bureau' },
  empty: {
    zh: '还没有留言。对办理有疑问，可以在这里给窗口留言。',
    en: 'No messages yet. Questions about this case? Write to the service window here.',
  },
  staffEmpty: { zh: '申请人尚未留言。', en: 'The applicant has not written.' },
  you: { zh: '我', en: 'You' },
  applicant: { zh: '申请人', en: 'Applicant' },
  write: { zh: '写留言', en: 'Your message' },
  answer: { zh: '回复申请人', en: 'Answer the applicant' },
  send: { zh: '发送', en: 'Send' },
  photo: { zh: '附照片（可选）', en: 'Add a photo (optional)' },
  pickPhoto: { zh: '拍照或选择照片', en: 'Take or choose a photo' },
  removePhoto: { zh: '移除照片', en: 'Remove photo' },
  queued: {
    zh: '暂未发送：网络恢复后会自动发出。',
    en: 'Not sent yet: it goes as soon as the network is back.',
  },
  unread: { zh: '条未读', en: 'unread' },
  readOnly: {
    zh: '仅本辖区窗口和审批人员可以回复。',
    en: 'Only the window and approvers of this county answer.',
  },
  photoAlt: { zh: '留言照片', en: 'Photo with the message' },
  waiting: { zh: '待回复留言', en: 'Messages waiting for an answer' },
  noneWaiting: { zh: '没有待回复的留言。', en: 'No messages waiting.' },
  answers: { zh: '窗口回复', en: 'Answers from the bureau' },
});
