import { dict } from '../../app/i18n';

export const D = dict({
  title: { zh: '文书', en: 'Official documents' },
  none: { zh: '尚未出具文书。', en: 'No documents issued yet.' },
  issued: { zh: '{date} 出具 · 承办人 {signer}', en: 'Issued {date} · by {signer}' },
  open: { zh: '查看 / 打印 PDF', en: 'View / print PDF' },
  void: { zh: '已更正作废', en: 'Corrected, void' },
  correctedBy: { zh: '已由 {number} 更正', en: 'Corrected by {number}' },
  corrects: { zh: '更正 {number}：{reason}', en: 'Corrects {number}: {reason}' },
  correct: { zh: '更正', en: 'Correct' },
  correctTitle: { zh: '更正文书 {number}', en: 'Correct {number}' },
  correctHint: {
    zh: '更正将出具一份新编号的文书取代原文书，原文书保留并标注作废。只填写需要更正的内容。',
    en: 'A correction issues a new, newly numbered document that replaces this one; the old one stays on file, marked void. Fill in only what changes.',
  },
  reason: { zh: '更正原因', en: 'Reason for the correction' },
  addressee: { zh: '申请人（抬头）', en: 'Addressee' },
  shopName: { zh: '企业（字号）名称', en: 'Shop name' },
  address: { zh: '经营场所', en: 'Premises' },
  items: { zh: '所列事项（每行一项）', en: 'Listed items (one per line)' },
  extensionReason: { zh: '延长理由', en: 'Reason for the extension' },
  nothing: { zh: '请至少填写一项需要更正的内容。', en: 'Fill in at least one thing to correct.' },
  done: { zh: '已出具更正后的文书', en: 'The corrected document was issued' },
});
