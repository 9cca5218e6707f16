import { dict } from '../../app/i18n';

/** The position during a call and in the evidence (GPS where the device gave it). */
export const G = dict({
  why: {
    zh: '为证明核查时您在经营场所，本次核查会记录手机定位，并写入核查证据。定位只在您允许时获取；不允许或无法定位时，核查照常进行，证据中注明“未提供”。',
    en: 'To show the check happened at your premises, the call records your phone’s position in the evidence. It is taken only if you allow it; if you don’t, or it is unavailable, the call goes on and the evidence says “not given”.',
  },
  whyStaff: {
    zh: '在手机上参加时，会记录本机定位并写入证据（不允许也不影响核查）。',
    en: 'On a phone, this device’s position is recorded in the evidence (refusing does not stop the call).',
  },
  asking: { zh: '正在获取定位…', en: 'Getting the position…' },
  given: { zh: '定位：已获取（精度约 {m} 米）', en: 'Position: given (about {m} m)' },
  notGiven: { zh: '定位：未提供（{why}）', en: 'Position: not given ({why})' },
  notGivenShort: { zh: '未提供（{why}）', en: 'not given ({why})' },
  applicantGiven: {
    zh: '申请人定位：已获取（精度约 {m} 米）',
    en: "Applicant's position: given (about {m} m)",
  },
  applicantNone: {
    zh: '申请人定位：未提供（{why}）',
    en: "Applicant's position: not given ({why})",
  },
  denied: { zh: '未允许', en: 'refused' },
  unavailable: { zh: '设备无法定位', en: 'unavailable' },
  timeout: { zh: '定位超时', en: 'timed out' },
  unsupported: { zh: '浏览器不支持', en: 'not supported' },
  not_reported: { zh: '未上报', en: 'not reported' },
  title: { zh: '定位（设备提供时记录）', en: 'Positions (where the device gave them)' },
  atConsent: { zh: '同意录像时申请人位置', en: 'Applicant at consent' },
  lastOf: { zh: '最后位置', en: 'last position' },
  lead_inspector: { zh: '主核查人', en: 'Lead inspector' },
  observer: { zh: '协同核查人', en: 'Observer' },
  applicant: { zh: '申请人', en: 'Applicant' },
  atStill: { zh: '截图', en: 'Still' },
  none: {
    zh: '此证据包（第 1 版清单）未记录定位。',
    en: 'This bundle (manifest version 1) records no positions.',
  },
});
