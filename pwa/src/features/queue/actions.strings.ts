import { dict } from '../../app/i18n';

/** Words of the staff case actions and their dialogs. */
export const A = dict({
  actions: { zh: '办理操作', en: 'Actions' },
  noActions: {
    zh: '当前状态下您没有可执行的操作。',
    en: 'No actions are open to you at this status.',
  },
  done: { zh: '操作已完成', en: 'Done' },
  reloaded: {
    zh: '该申请已被他人处理，已刷新为最新状态，请确认后再操作。',
    en: 'Someone else changed this case; it has been reloaded. Check it and try again.',
  },
  acceptConfirm: {
    zh: '确认材料齐全、符合法定形式，受理该申请？受理后开始计算20个工作日的决定时限。',
    en: 'Materials complete and in due form: accept? The 20-working-day decision clock starts.',
  },
  correctionWarn: {
    zh: '补正告知只能进行一次，须一次性列明全部需补正的材料，且应在收到申请之日起5个工作日内作出，逾期视为受理。',
    en: 'Corrections can be requested only once, listing every item, within 5 working days of receipt; after that the case counts as accepted.',
  },
  items: { zh: '补正事项', en: 'Items to correct' },
  needItem: {
    zh: '请至少填写一项（每项至少2个字）。',
    en: 'Add at least one item (2+ characters each).',
  },
  quickPicks: { zh: '常用事项', en: 'Common items' },
  addItem: { zh: '添加一项', en: 'Add an item' },
  removeItem: { zh: '删除第', en: 'Remove item' },
  inspectors: { zh: '核查人员（至少2名）', en: 'Inspectors (at least 2)' },
  needTwo: { zh: '实地核查须由2名以上人员进行。', en: 'On-site checks need two or more officers.' },
  noInspectors: {
    zh: '本区县暂无可指派的核查人员。',
    en: 'No inspectors available in this county.',
  },
  inspectionReason: {
    zh: '核查要点（可不填，仅内部记录，申请人看不到）',
    en: 'What to check (optional; internal, the applicant does not see it)',
  },
  passed: { zh: '核查结果', en: 'Result' },
  pass: { zh: '符合条件', en: 'Passed' },
  fail: { zh: '不符合条件', en: 'Failed' },
  notes: {
    zh: '核查情况说明（仅内部记录，申请人看不到）',
    en: 'Notes (internal: the applicant does not see them)',
  },
  needNotes: { zh: '请填写核查情况（至少2个字）。', en: 'Write the notes (2+ characters).' },
  approveConfirm: {
    zh: '确认准予许可？新办将核发许可证号，有效期5年，并通知申请人。',
    en: 'Approve? A new licence gets its number, valid for 5 years, and the applicant is told.',
  },
  gridFull: { zh: '网格已满', en: 'Grid full' },
  layoutRules: { zh: '不符合布局距离要求', en: 'Layout distance rule' },
  overrideReason: {
    zh: '如确需突破合理布局准予许可，请填写理由（记录在案，仅内部可见，申请人看不到）',
    en: 'To approve over the layout limit anyway, give the reason (recorded, internal: the applicant does not see it)',
  },
  needReason: { zh: '请填写理由（至少2个字）。', en: 'Give a reason (2+ characters).' },
  approveOverride: { zh: '说明理由并准予许可', en: 'Approve with this reason' },
  reasons: { zh: '不予许可的理由', en: 'Reasons for refusal' },
  noticePreview: { zh: '将发送给申请人的通知', en: 'Notice the applicant will receive' },
  extendReason: { zh: '延长理由', en: 'Reason for the extension' },
  extendNote: {
    zh: '决定时限只能延长一次，延长10个工作日，并告知申请人。',
    en: 'The decision deadline can be extended once, by 10 working days; the applicant is told.',
  },
  extend: { zh: '延长办理时限', en: 'Extend the deadline' },
  method: { zh: '送达方式', en: 'Delivery method' },
  pickup: { zh: '窗口领取', en: 'Picked up at the window' },
  post: { zh: '邮寄送达', en: 'By post' },
  electronic: { zh: '电子证照', en: 'Electronic licence' },
  note: {
    zh: '备注（可不填，仅内部记录，申请人看不到）',
    en: 'Note (optional; internal, the applicant does not see it)',
  },
});

/** Items staff often list in a 补正告知; the applicant's form marks the matching fields. */
export const CORRECTION_PICKS = [
  { zh: '身份证照片不清晰，请重新拍摄', en: 'ID card photo is unclear; take it again' },
  {
    zh: '营业执照照片不完整，请重新上传',
    en: 'Business licence photo is incomplete; upload again',
  },
  { zh: '场所使用证明（租赁合同）已过期', en: 'Proof of premises (lease) has expired' },
  { zh: '经营地址填写不详细，请补充门牌号', en: 'Address lacks detail; add the street number' },
  { zh: '店铺名称与营业执照不一致', en: 'Shop name differs from the business licence' },
];
