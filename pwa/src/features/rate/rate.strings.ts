import { dict } from '../../app/i18n';

/** The applicant's 好差评 screens. Level and indicator names come from core (ratings.ts). */
export const R = dict({
  title: { zh: '好差评', en: 'Rate our service' },
  intro: {
    zh: '事项办结后5个工作日内，您可以对办理服务作出评价。每个事项只能评价一次，您的评价将帮助我们改进服务。',
    en: 'Within 5 working days after a case is finished you can rate the service, once per case. Your rating helps us improve.',
  },
  empty: {
    zh: '暂无已办结的事项。事项办结后可在此评价。',
    en: 'No finished cases yet. You can rate a case here once it is finished.',
  },
  outcome: { zh: '办理结果', en: 'Outcome' },
  refused: {
    zh: '办理结果：不予许可（可依法申请行政复议或提起行政诉讼）',
    en: 'Outcome: refused (you may seek administrative review or sue)',
  },
  terminated: {
    zh: '办理结果：终止办理（可依法申请行政复议或提起行政诉讼）',
    en: 'Outcome: handling terminated by the bureau (you may seek administrative review or sue)',
  },
  endedOn: { zh: '办结日期', en: 'Finished on' },
  rateBy: { zh: '请在 {date} 前评价', en: 'Rate by {date}' },
  rateNow: { zh: '去评价', en: 'Rate' },
  unrated: {
    zh: '已超过评价期限，未评价。',
    en: 'The rating period is over; not rated.',
  },
  rated: { zh: '已评价', en: 'Rated' },
  ratedOn: { zh: '评价日期', en: 'Rated on' },
  formTitle: { zh: '评价办理服务', en: 'Rate the service' },
  overall: { zh: '总体评价', en: 'Overall' },
  indicators: { zh: '分项评价', en: 'In detail' },
  comment: { zh: '意见建议（选填）', en: 'Comments (optional)' },
  commentHint: {
    zh: '如有不满意的地方，请写明具体情况，办理单位将联系您并整改。',
    en: 'If something was not right, say what: the unit will contact you and fix it.',
  },
  photo: { zh: '照片（选填，1张）', en: 'Photo (optional, one)' },
  photoPick: { zh: '拍照或选择照片', en: 'Take or choose a photo' },
  photoRemove: { zh: '移除照片', en: 'Remove the photo' },
  photoAlt: { zh: '评价照片预览', en: 'Preview of the photo' },
  choose: { zh: '请选择', en: 'Please choose' },
  missing: {
    zh: '请为总体评价和每个分项选择一个等级。',
    en: 'Choose a level for the overall rating and for each item.',
  },
  submit: { zh: '提交评价', en: 'Send the rating' },
  confirmTitle: { zh: '确认提交评价', en: 'Send this rating?' },
  confirmBody: {
    zh: '评价提交后不能修改。',
    en: 'A rating cannot be changed once sent.',
  },
  confirmBad: {
    zh: '您选择了“{level}”，办理单位将联系您、整改，并在规定时限内书面答复。',
    en: 'You chose "{level}": the unit will contact you, fix what it can and reply in writing in time.',
  },
  queued: {
    zh: '评价已保存在手机上，联网后将自动提交。',
    en: 'The rating is saved on this phone and will be sent when you are online.',
  },
  thanks: { zh: '感谢您的评价！', en: 'Thank you for your rating!' },
  yourRating: { zh: '您的评价', en: 'Your rating' },
  followUp: { zh: '差评回访', en: 'Follow-up of your rating' },
  followUpPending: {
    zh: '办理单位将于 {date} 前联系您并书面答复。',
    en: 'The unit will contact you and reply in writing by {date}.',
  },
  reply: { zh: '办理单位答复', en: 'The unit’s reply' },
  repliedBy: { zh: '{name}，{date}', en: '{name}, {date}' },
  resolvedQ: { zh: '问题是否已解决？', en: 'Was the problem resolved?' },
  resolutionComment: { zh: '补充说明（选填）', en: 'Anything to add (optional)' },
  sendResolution: { zh: '提交整改结果', en: 'Send' },
  resolution: { zh: '整改结果', en: 'Result' },
  caseRate: { zh: '评价本次办理服务', en: 'Rate this service' },
  backToList: { zh: '返回评价列表', en: 'Back to the list' },
  notFinished: {
    zh: '该事项尚未办结，办结后方可评价。',
    en: 'This case is not finished yet.',
  },
});
