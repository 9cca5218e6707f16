import { dict } from '../../app/i18n';

export const E = dict({
  title: { zh: '电子许可证', en: 'E-licence' },
  open: { zh: '电子许可证', en: 'E-licence' },
  country: { zh: '中华人民共和国', en: "People's Republic of China" },
  paperTitle: { zh: '烟草专卖零售许可证', en: 'Tobacco Retail Licence' },
  electronic: { zh: '电子证照', en: 'Electronic copy' },
  number: { zh: '许可证号', en: 'Licence no.' },
  shop: { zh: '企业（字号）名称', en: 'Shop name' },
  holder: { zh: '负责人（经营者）', en: 'Operator' },
  shopShort: { zh: '企业名称', en: 'Shop name' },
  holderShort: { zh: '经营者', en: 'Operator' },
  address: { zh: '经营场所', en: 'Premises' },
  scope: { zh: '经营范围', en: 'Business scope' },
  validity: { zh: '有效期限', en: 'Valid' },
  validRange: { zh: '自 {from} 至 {to}', en: 'from {from} to {to}' },
  bureau: { zh: '发证机关', en: 'Issued by' },
  issuedOn: { zh: '发证日期', en: 'Issued on' },
  sealLabel: { zh: '{bureau}印章', en: 'Seal of {bureau}' },
  qrTitle: { zh: '扫码核验', en: 'Scan to verify' },
  qrHint: {
    zh: '任何人扫描二维码或打开下面的链接，都能核验这张许可证是否有效，无需登录。',
    en: 'Anyone can scan the code or open the link below to check this licence, without signing in.',
  },
  openVerify: { zh: '打开核验页', en: 'Open the verify page' },
  copy: { zh: '复制核验链接', en: 'Copy the verify link' },
  copied: { zh: '核验链接已复制', en: 'Verify link copied' },
  print: { zh: '打印', en: 'Print' },
  downloadPdf: { zh: '下载 PDF（A4 打印版）', en: 'Download PDF (A4, for printing)' },
  back: { zh: '返回我的许可证', en: 'Back to my licences' },
  printNote: {
    zh: '电子许可证与纸质许可证具有同等效力，以扫码核验结果为准。',
    en: 'The e-licence counts as the paper licence; the verify result is what counts.',
  },
  // The public verify page.
  verifyTitle: { zh: '电子许可证核验', en: 'E-licence check' },
  checking: { zh: '正在核验…', en: 'Checking…' },
  validBody: {
    zh: '这是烟草专卖局颁发的有效许可证，可以依法经营卷烟、雪茄烟零售。',
    en: 'This licence was issued by the tobacco monopoly bureau and is in force.',
  },
  suspendedBody: {
    zh: '这张许可证目前处于停业状态，停业期间不得经营卷烟零售。',
    en: 'This licence is suspended: no tobacco may be sold meanwhile.',
  },
  cancelledBody: {
    zh: '这张许可证已被注销，不能再用于经营。',
    en: 'This licence has been cancelled and no longer allows trading.',
  },
  expiredBody: {
    zh: '这张许可证已过有效期，不能再用于经营。',
    en: 'This licence has expired and no longer allows trading.',
  },
  invalidBody: {
    zh: '这个二维码不是有效的电子许可证：可能是伪造、被改动，或已被新证取代。',
    en: 'This code is not a valid e-licence: it may be forged, altered or replaced by a newer licence.',
  },
  checkedOn: { zh: '核验日期：{date}', en: 'Checked on {date}' },
  publicOnly: {
    zh: '本页只显示许可证的公开信息。',
    en: 'This page shows only the public details of the licence.',
  },
  doubt: {
    zh: '对结果有疑问，请拨打 12313 或联系发证的烟草专卖局。',
    en: 'In doubt, call 12313 or the issuing tobacco monopoly bureau.',
  },
  noNetwork: {
    zh: '暂时无法联网核验。请检查网络后点“重新核验”。',
    en: 'The check needs the network, which is not reachable. Check it and tap “Check again”.',
  },
  tooMany: {
    zh: '核验次数过多，请 {n} 秒后再试。',
    en: 'Too many checks: try again in {n} seconds.',
  },
  failed: {
    zh: '核验服务暂时没有回应，请稍后点“重新核验”。',
    en: 'The check did not answer. Tap “Check again” in a moment.',
  },
  again: { zh: '重新核验', en: 'Check again' },
  home: { zh: '进入许可微厅', en: 'Go to Xuke' },
});
