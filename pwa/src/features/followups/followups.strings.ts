import { dict } from '../../app/i18n';

/** Staff screens of 好差评: follow-ups of bad ratings and the anonymous statistics. */
export const F = dict({
  panelTitle: { zh: '好差评', en: 'Rating' },
  notRated: { zh: '该事项尚未评价。', en: 'Not rated.' },
  overall: { zh: '总体评价', en: 'Overall' },
  comment: { zh: '申请人意见', en: 'Comment' },
  photo: { zh: '评价照片', en: 'Photo' },
  rater: { zh: '评价人', en: 'Rated by' },
  anonymous: {
    zh: '评价人身份仅对负责回访的本区县窗口人员和审批人员可见。',
    en: 'The rater is named only to the county’s clerks and approvers who handle the follow-up.',
  },
  followUp: { zh: '差评回访', en: 'Follow-up' },
  due: { zh: '答复期限', en: 'Reply by' },
  late: { zh: '已超期', en: 'Late' },
  onTime: { zh: '期限内', en: 'On time' },
  replied: { zh: '已答复', en: 'Replied' },
  waiting: { zh: '待答复', en: 'Awaiting reply' },
  replyLabel: {
    zh: '书面答复（联系申请人、核实整改情况后填写）',
    en: 'Written reply (after contacting the applicant and fixing what can be fixed)',
  },
  replySubmit: { zh: '提交答复', en: 'Send the reply' },
  replyConfirm: {
    zh: '答复将通过消息和短信发送给申请人，提交后不能修改。',
    en: 'The reply goes to the applicant by message and SMS, and cannot be changed afterwards.',
  },
  replySent: { zh: '答复已发送', en: 'Reply sent' },
  resolution: { zh: '申请人反馈整改结果', en: 'The applicant says' },
  noResolution: { zh: '申请人尚未反馈整改结果。', en: 'The applicant has not answered yet.' },
  listTitle: { zh: '差评回访', en: 'Follow-ups of bad ratings' },
  listIntro: {
    zh: '不满意、非常不满意的评价：请联系申请人、整改，并在期限内书面答复。超期的排在最前。',
    en: 'Dissatisfied ratings: contact the applicant, fix what can be fixed and reply in writing by the date. Late ones first.',
  },
  listEmpty: { zh: '没有待答复的差评回访。', en: 'No follow-ups waiting for a reply.' },
  counts: { zh: '待答复 {open} 件，其中超期 {late} 件', en: '{open} waiting, {late} late' },
  open: { zh: '打开案件', en: 'Open the case' },
  statsTitle: { zh: '好差评统计（近90天，匿名）', en: 'Ratings (last 90 days, anonymous)' },
  satisfaction: { zh: '满意率', en: 'Satisfied' },
  satisfactionHint: {
    zh: '满意率＝“非常满意”和“满意”占已评价事项的比例；好评率另含“基本满意”。逾期未评价的事项计为未评价，不计入满意。',
    en: 'Satisfied = very satisfied and satisfied over rated cases; the good rate also counts fairly satisfied. Cases not rated in time count as unrated, never as satisfied.',
  },
  goodRate: { zh: '好评率', en: 'Good' },
  rated: { zh: '已评价', en: 'Rated' },
  unrated: { zh: '未评价', en: 'Unrated' },
  bad: { zh: '差评', en: 'Bad ratings' },
  followUpOnTime: { zh: '回访按时率', en: 'Follow-ups on time' },
  lateNow: { zh: '超期未答复', en: 'Late, unanswered' },
});
