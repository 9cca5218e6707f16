import { dict } from '../../app/i18n';

export const S = dict({
  title: { zh: '许可业务预警', en: 'Licensing warnings' },
  intro: {
    zh: '预警规则每天自动运行，办件、评价等变化后即时更新。红色优先，确认时请写明处理情况。',
    en: 'The rules run daily and after every change to a case or rating. Red first; say what was done when you acknowledge.',
  },
  introInspector: {
    zh: '分配给您核查的案件中，临近或超过办理时限的预警。',
    en: 'Warnings on the cases assigned to you that are due soon or overdue.',
  },
  open: { zh: '待确认', en: 'Open' },
  acknowledged: { zh: '已确认', en: 'Acknowledged' },
  allRules: { zh: '全部类型', en: 'All kinds' },
  rule: { zh: '预警类型', en: 'Kind' },
  show: { zh: '显示', en: 'Show' },
  counts: { zh: '预警数量', en: 'Warning counts' },
  empty: { zh: '目前没有此类预警。', en: 'No warnings of this kind.' },
  due: { zh: '时限', en: 'Due' },
  since: { zh: '发现于', en: 'Found on' },
  ack: { zh: '确认', en: 'Acknowledge' },
  note: { zh: '处理说明', en: 'Note' },
  notePlaceholder: {
    zh: '例如：已督促承办人今日办结',
    en: 'e.g. asked the officer to finish today',
  },
  save: { zh: '确认预警', en: 'Acknowledge' },
  cancel: { zh: '取消', en: 'Cancel' },
  ackedBy: { zh: '{by} 于 {at} 确认：{note}', en: 'Acknowledged by {by} at {at}: {note}' },
  done: { zh: '预警已确认', en: 'Warning acknowledged' },
  menuCount: { zh: '{n} 条待确认预警', en: '{n} open warnings' },
});
