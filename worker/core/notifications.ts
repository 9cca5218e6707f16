/**
 * Message templates for the applicant, one per case event, in zh-CN and en. The same text goes
 * to the in-app inbox and, shortened, by SMS.
 */
import {
  BUSINESS_TYPE_LABELS,
  TYPE_OUTCOMES,
  afterApprovalText,
  type BusinessType,
} from './business-types';

export const NOTIFICATION_TEMPLATES = [
  'submitted',
  'correction_requested',
  'resubmitted',
  'accepted',
  'deemed_accepted',
  'inspection',
  'extended',
  'queued',
  'approved',
  'refused',
  'delivered',
  'withdrawn',
  'terminated',
  'licence_cancelled',
  'remote_inspection',
  'remote_inspection_moved',
  'remote_inspection_sealed',
  'remote_inspection_cancelled',
  'rating_reminder',
  'rating_reply',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export interface NotificationFacts {
  ref: string;
  type: BusinessType;
  /** Deadline of the next step, when there is one (YYYY-MM-DD). */
  deadline?: string | null;
  items?: string[];
  licenceNumber?: string | null;
  reasons?: string[];
  /** A remote inspection's appointment, `YYYY-MM-DD HH:MM` China time. */
  appointment?: string;
  /** A unit's written reply to a bad rating (rating_reply). */
  reply?: string;
}

export interface RenderedNotification {
  zh: { title: string; body: string };
  en: { title: string; body: string };
  /** The SMS text (zh-CN, with the service's signature). */
  sms: string;
}

const APPEAL_ZH =
  '如对本决定不服，可自收到本决定之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。';
const APPEAL_EN =
  'If you disagree, you may apply for administrative reconsideration (复议) within 60 days of receiving this decision, or bring an administrative lawsuit (诉讼) within 6 months.';

/** Renders one template with the case's facts. */
export function renderNotification(
  t: NotificationTemplate,
  f: NotificationFacts,
): RenderedNotification {
  const type = BUSINESS_TYPE_LABELS[f.type];
  const by = f.deadline
    ? { zh: `（${f.deadline}前）`, en: ` (by ${f.deadline})` }
    : { zh: '', en: '' };
  const items = f.items ?? [];
  const reasons = f.reasons ?? [];
  // What approving and finishing mean depends on the type: a 停业 is not a licence granted.
  const outcome = TYPE_OUTCOMES[f.type];
  const after = afterApprovalText(f.type, f.deadline);
  const numbered = f.licenceNumber
    ? { zh: `，许可证号${f.licenceNumber}`, en: `, licence number ${f.licenceNumber}` }
    : { zh: '', en: '' };
  const texts: Record<NotificationTemplate, [string, string, string, string]> = {
    submitted: [
      '申请已提交',
      `您的${type.zh}申请（${f.ref}）已提交，窗口将在5个工作日内审查材料${by.zh}。`,
      'Application submitted',
      `Your ${type.en} application (${f.ref}) was submitted; the window will check it within 5 working days${by.en}.`,
    ],
    correction_requested: [
      '请补正材料',
      `您的申请（${f.ref}）需补正以下材料：${items.map((x, i) => `${i + 1}.${x}`).join('；')}。请在“办理”中补正后重新提交。`,
      'Corrections needed',
      `Your application (${f.ref}) needs these corrections: ${items.map((x, i) => `${i + 1}. ${x}`).join('; ')}. Please correct and resubmit under "Apply".`,
    ],
    resubmitted: [
      '补正材料已提交',
      `您的申请（${f.ref}）补正材料已提交，请等待受理。`,
      'Corrections submitted',
      `The corrections to your application (${f.ref}) were submitted.`,
    ],
    accepted: [
      '申请已受理',
      `您的申请（${f.ref}）已受理，将在20个工作日内作出决定${by.zh}。`,
      'Application accepted',
      `Your application (${f.ref}) was accepted; a decision is due within 20 working days${by.en}.`,
    ],
    deemed_accepted: [
      '申请已受理',
      `您的申请（${f.ref}）在法定5个工作日内未被告知补正，依法视为受理${by.zh}。`,
      'Application accepted',
      `No corrections were requested for your application (${f.ref}) within 5 working days, so by law it counts as accepted${by.en}.`,
    ],
    inspection: [
      '安排实地核查',
      `您的申请（${f.ref}）需要核查经营场所，核查人员将与您联系。`,
      'Inspection scheduled',
      `Your premises will be inspected for application ${f.ref}; an inspector will contact you.`,
    ],
    extended: [
      '审查期限延长',
      `您的申请（${f.ref}）审查期限依法延长10个工作日${by.zh}。原因：${reasons.join('；')}`,
      'Decision deadline extended',
      `The decision deadline of your application (${f.ref}) was extended by 10 working days${by.en}. Reason: ${reasons.join('; ')}`,
    ],
    queued: [
      '进入轮候',
      `您申请的经营场所所在市场单元已饱和，您的申请（${f.ref}）已按受理顺序进入轮候，有空余名额时将依次办理。`,
      'Waiting for a place',
      `The market grid of your premises is full; your application (${f.ref}) waits its turn in order of acceptance.`,
    ],
    approved: [
      outcome.approved.zh,
      `您的${type.zh}申请（${f.ref}）已${outcome.approved.zh}${numbered.zh}。${after.zh}。`,
      outcome.approved.en,
      `Your ${type.en} application (${f.ref}): ${outcome.approved.en.toLowerCase()}${numbered.en}; ${after.en}.`,
    ],
    refused: [
      '不予许可',
      `您的申请（${f.ref}）不予许可。理由：${reasons.join('；')}。${APPEAL_ZH}`,
      'Application refused',
      `Your application (${f.ref}) was refused. Reasons: ${reasons.join('; ')}. ${APPEAL_EN}`,
    ],
    delivered: [
      outcome.doneTitle.zh,
      `您的${type.zh}申请（${f.ref}）已办结：${outcome.result.zh}。`,
      outcome.doneTitle.en,
      `Your ${type.en} application (${f.ref}) is complete: ${outcome.result.en}.`,
    ],
    withdrawn: [
      '申请已撤回',
      `您的申请（${f.ref}）已撤回。`,
      'Application withdrawn',
      `Your application (${f.ref}) was withdrawn.`,
    ],
    // 终止办理: reasons[0] is the ground and facts in Chinese, reasons[1] the same in English.
    terminated: [
      '申请已终止办理',
      `您的${type.zh}申请（${f.ref}）已终止办理。理由：${reasons[0] ?? ''}。${APPEAL_ZH}`,
      'Handling terminated',
      `The bureau ended the handling of your ${type.en} application (${f.ref}). Reason: ${reasons[1] ?? reasons[0] ?? ''}. ${APPEAL_EN}`,
    ],
    // Not a case event: `ref` is the licence number (停业期满未恢复营业).
    licence_cancelled: [
      '许可证已注销',
      `您的烟草专卖零售许可证（${f.ref}）停业期限${f.deadline ? `（至${f.deadline}）` : ''}届满未恢复营业，依法注销。如需继续经营，请重新申请新办。${APPEAL_ZH}`,
      'Licence cancelled',
      `Your tobacco retail licence (${f.ref}) was cancelled: the business did not resume when its suspension ended${f.deadline ? ` (${f.deadline})` : ''}. To trade again, apply for a new licence. ${APPEAL_EN}`,
    ],
    // 云上核查: the inbox shows a join button beside these two.
    remote_inspection: [
      '远程视频核查预约',
      `您的申请（${f.ref}）将进行远程视频核查，时间：${f.appointment ?? ''}。届时请在经营场所打开许可微厅，点击“进入视频核查”，按核查人员指引拍摄。`,
      'Remote video inspection booked',
      `Application ${f.ref} will be inspected by video at ${f.appointment ?? ''}. Be at your premises, open Xuke and tap "Join the video inspection"; the inspector will guide you.`,
    ],
    remote_inspection_moved: [
      '远程视频核查时间变更',
      `您的申请（${f.ref}）远程视频核查时间改为：${f.appointment ?? ''}。${reasons.length ? `原因：${reasons.join('；')}。` : ''}`,
      'Remote video inspection moved',
      `The video inspection of application ${f.ref} moved to ${f.appointment ?? ''}.${reasons.length ? ` Reason: ${reasons.join('; ')}.` : ''}`,
    ],
    remote_inspection_sealed: [
      '远程视频核查已完成',
      `您的申请（${f.ref}）远程视频核查已完成并签章归档，结果：${reasons[0] ?? ''}。录像、截图和双方签名已封存为证据，可供复议或诉讼核验。`,
      'Remote video inspection finished',
      `The video inspection of application ${f.ref} is finished and sealed. Result: ${reasons[1] ?? reasons[0] ?? ''}. The recording, stills and both signatures are sealed as evidence that can be verified in a review or in court.`,
    ],
    remote_inspection_cancelled: [
      '远程视频核查已取消',
      `您的申请（${f.ref}）原定${f.appointment ?? ''}的远程视频核查已取消。${reasons.length ? `原因：${reasons.join('；')}。` : ''}`,
      'Remote video inspection cancelled',
      `The video inspection of application ${f.ref} set for ${f.appointment ?? ''} was cancelled.${reasons.length ? ` Reason: ${reasons.join('; ')}.` : ''}`,
    ],
    rating_reminder: [
      '请评价办理服务',
      `您的${type.zh}申请（${f.ref}）已办结，欢迎在“评价”中对办理服务作出评价${f.deadline ? `（${f.deadline}前）` : ''}。`,
      'Please rate our service',
      `Your ${type.en} application (${f.ref}) is finished: you are welcome to rate the service under "Rate"${f.deadline ? ` (by ${f.deadline})` : ''}.`,
    ],
    rating_reply: [
      '差评回访答复',
      `关于您对申请（${f.ref}）的评价，办理单位答复如下：${f.reply ?? ''} 请在“评价”中反馈问题是否已解决。`,
      'Reply to your rating',
      `About your rating of application ${f.ref}, the unit replies: ${f.reply ?? ''} Please tell us under "Rate" whether this resolved it.`,
    ],
  };
  const [zt, zb, et, eb] = texts[t];
  return { zh: { title: zt, body: zb }, en: { title: et, body: eb }, sms: `【许可微厅】${zb}` };
}
