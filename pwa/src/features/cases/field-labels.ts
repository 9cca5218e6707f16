/** Labels for the form keys the worker's seed and later guided forms use. */
import type { Text } from '../../app/i18n';

export const FIELD_LABELS: Record<string, Text> = {
  operatorName: { zh: '经营者姓名', en: 'Operator' },
  shopName: { zh: '店铺名称', en: 'Shop name' },
  address: { zh: '经营地址', en: 'Address' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  phone: { zh: '联系电话', en: 'Phone' },
  contactPhone: { zh: '联系电话', en: 'Phone' },
  premisesProof: { zh: '场所使用证明', en: 'Proof of premises' },
  businessScope: { zh: '经营范围', en: 'Business scope' },
  lng: { zh: '经度', en: 'Longitude' },
  lat: { zh: '纬度', en: 'Latitude' },
  county: { zh: '所属区县', en: 'County' },
  reason: { zh: '申请事由', en: 'Reason' },
  suspendFrom: { zh: '停业起始日期', en: 'Suspension from' },
  suspendUntil: { zh: '停业截止日期', en: 'Suspension until' },
  agentName: { zh: '代理人姓名', en: 'Agent' },
};
