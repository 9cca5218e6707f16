/** 办理规程 (SOP settings) and the decision levels on a case: zh-CN first. */
import { dict } from '../../app/i18n';

export const S = dict({
  title: { zh: '办理规程', en: 'Procedures (SOP)' },
  lead: {
    zh: '按事项设置各环节的负责角色、承诺时限（不得长于法定时限）和决定层级。保存即生成新版本，只适用于此后提交的申请；已提交的案件仍按原版本办理。',
    en: 'Per business type: who carries each step, the promised limit (never longer than the law’s) and the decision levels. Saving makes a new version for cases submitted from then on; cases already filed keep theirs.',
  },
  type: { zh: '事项', en: 'Business type' },
  current: { zh: '当前版本', en: 'Current version' },
  version: { zh: '第{n}版', en: 'Version {n}' },
  noVersion: {
    zh: '未设置（法定时限，审批人一级决定）',
    en: 'None saved (the law’s limits, the approver decides)',
  },
  steps: { zh: '环节与承诺时限', en: 'Steps and promised limits' },
  role: { zh: '负责角色', en: 'Responsible role' },
  promised: { zh: '承诺（工作日）', en: 'Promised (working days)' },
  law: { zh: '法定 {n} 个工作日', en: 'Law: {n} working days' },
  overLaw: {
    zh: '不能超过法定的 {n} 个工作日',
    en: 'Cannot be longer than the law’s {n} working days',
  },
  levels: { zh: '决定层级', en: 'Decision levels' },
  levelsHint: {
    zh: '前级意见录入后，负责人方可作出准予或不予的决定；同一人不能签署两级。',
    en: 'The head decides once the levels before have given their opinions; no one signs two levels.',
  },
  note: { zh: '修改说明', en: 'Reason for the change' },
  notePlaceholder: { zh: '例如：落实“承诺办结时限压缩一半”', en: 'e.g. halving the promised time' },
  save: { zh: '保存为新版本', en: 'Save as a new version' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saved: {
    zh: '已保存为第{n}版，适用于此后提交的申请。',
    en: 'Saved as version {n}, for cases filed from now on.',
  },
  history: { zh: '版本记录', en: 'Version history' },
  noHistory: { zh: '尚无保存的版本。', en: 'No version saved yet.' },
  summary: {
    zh: '受理 {a} · 决定 {d} · 送达 {v} 个工作日 · {levels}',
    en: 'acceptance {a} · decision {d} · delivery {v} working days · {levels}',
  },
  // Presets of decision levels
  oneLevel: { zh: '一级：负责人决定', en: 'One level: the head decides' },
  twoPropose: { zh: '二级：承办人拟办 → 负责人决定', en: 'Two: proposal → decision' },
  twoReview: { zh: '二级：审核人审核 → 负责人决定', en: 'Two: review → decision' },
  three: {
    zh: '三级：承办人拟办 → 审核人审核 → 负责人决定',
    en: 'Three: proposal → review → decision',
  },
  proposeRole: { zh: '承办人角色', en: 'Proposing role' },
  // On a case
  caseTitle: { zh: '办理规程与决定层级', en: 'Procedure and decision levels' },
  caseVersion: { zh: '适用规程', en: 'Procedure' },
  promisedDeadline: { zh: '承诺期限', en: 'Promised by' },
  pending: { zh: '待录入', en: 'Pending' },
  notReached: { zh: '未经此级（案件{status}）', en: 'Not reached (case status: {status})' },
  due: { zh: '当前应由此级录入意见', en: 'This level’s opinion is due' },
  dueDecision: {
    zh: '待负责人作出决定（准予或不予）',
    en: 'Awaiting the head’s decision (grant or refuse)',
  },
  caseNoVersion: {
    zh: '规程设置前的案件：法定时限，审批人一级决定',
    en: 'Filed before SOP settings: the law’s limits, the approver decides',
  },
  proposal: { zh: '意见', en: 'Proposal' },
  opinion: { zh: '意见说明', en: 'Opinion' },
  submitOpinion: { zh: '提交意见', en: 'Record the opinion' },
  recorded: { zh: '意见已记录。', en: 'Opinion recorded.' },
  decided: { zh: '决定', en: 'Decision' },
});
