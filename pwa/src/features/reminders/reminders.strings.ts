import { dict } from '../../app/i18n';

export const R = dict({
  title: { zh: '到期提醒', en: 'Reminders' },
  what: {
    zh: '许可证延续（到期前60和35个工作日）、停业期满、补正期限、核查预约，都会通过短信和“消息”提醒您。',
    en: 'Renewal (60 and 35 working days before expiry), the end of a suspension, correction deadlines and inspection appointments are sent to you by SMS and to Messages.',
  },
  push: { zh: '本机推送通知', en: 'Notifications on this phone' },
  pushHint: {
    zh: '开启后会请求通知权限，提醒也会出现在手机通知栏。',
    en: 'Switching on asks for permission to show notifications on this phone.',
  },
  unsupported: {
    zh: '此浏览器不支持推送通知，您仍会收到短信和站内消息。',
    en: 'This browser has no push notifications; you still get SMS and Messages.',
  },
  denied: {
    zh: '通知权限已被拒绝。如需开启，请在浏览器设置中允许本站通知。',
    en: 'Notifications are blocked. Allow them for this site in the browser settings to switch on.',
  },
  failed: {
    zh: '未能开启推送，请稍后重试。您仍会收到短信和站内消息。',
    en: 'Could not switch notifications on. Try again later; SMS and Messages still reach you.',
  },
  on: { zh: '已开启', en: 'On' },
});
