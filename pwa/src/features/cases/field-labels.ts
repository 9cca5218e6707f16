/** Labels for the form keys and coded values the worker's forms use (see the seed's forms.ts). */
import { PREMISES_PROOF_LABELS, REISSUE_REASON_LABELS } from '@core/form-choices';
import { CHANGE_KIND_LABELS } from '@core/preconditions';
import type { Text } from '../../app/i18n';

export const FIELD_LABELS: Record<string, Text> = {
  operatorName: { zh: '经营者姓名', en: 'Operator' },
  phone: { zh: '联系电话', en: 'Phone' },
  contactPhone: { zh: '联系电话', en: 'Phone' },
  shopName: { zh: '店铺名称', en: 'Shop name' },
  address: { zh: '经营地址', en: 'Address' },
  county: { zh: '所属区县', en: 'County' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  lat: { zh: '纬度', en: 'Latitude' },
  lng: { zh: '经度', en: 'Longitude' },
  premisesProof: { zh: '场所使用证明', en: 'Proof of premises' },
  businessScope: { zh: '经营范围', en: 'Business scope' },
  byAgent: { zh: '委托代理办理', en: 'Filed by an agent' },
  agentName: { zh: '代理人姓名', en: 'Agent' },
  licenceNumber: { zh: '许可证号', en: 'Licence no.' },
  changeKind: { zh: '变更事项', en: 'What changed' },
  changeDate: { zh: '变更日期', en: 'Date of change' },
  suspendFrom: { zh: '停业起始日期', en: 'Suspension from' },
  suspendUntil: { zh: '停业截止日期', en: 'Suspension until' },
  resumeOn: { zh: '恢复营业日期', en: 'Resume on' },
  reissueReason: { zh: '补办原因', en: 'Reason for reissue' },
  closureDate: { zh: '歇业日期', en: 'Closure date' },
  reason: { zh: '申请事由', en: 'Reason' },
  idNumber: { zh: '经营者身份证号码', en: 'Operator’s ID number' },
  agentIdNumber: { zh: '代办人身份证号码', en: 'Agent’s ID number' },
  idNumberMasked: { zh: '经营者身份证号码', en: 'Operator’s ID number' },
  agentIdNumberMasked: { zh: '代办人身份证号码', en: 'Agent’s ID number' },
  newValue: { zh: '变更后的内容', en: 'New value' },
  confirmUnchanged: { zh: '确认未发生变化', en: 'Confirmed unchanged' },
  confirmConditions: { zh: '确认仍符合条件', en: 'Confirmed conditions met' },
  statement: { zh: '情况说明', en: 'Statement' },
};

/** Coded values shown as words. */
export const VALUE_LABELS: Record<string, Record<string, Text>> = {
  premisesProof: PREMISES_PROOF_LABELS,
  changeKind: CHANGE_KIND_LABELS,
  // 补办's form field is `reason`; the demo seed's cases carry it as `reissueReason`.
  reason: REISSUE_REASON_LABELS,
  reissueReason: REISSUE_REASON_LABELS,
};
