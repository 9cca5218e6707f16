/** 跨系统查询 and 许可证详情: the workbench's words, zh-CN first. */
import { dict } from '../../app/i18n';

export const S = dict({
  title: { zh: '综合查询', en: 'Search' },
  lead: {
    zh: '一次查询许可证、申请人、案件和营销、配送、内管系统的记录：店名、姓名、地址输入任意两个字以上；许可证号、统一社会信用代码、电话、客户编码从开头输入。',
    en: 'Licences, applicants, cases and the sales, distribution and internal-management records in one search: any two characters of a shop, person or address; numbers, credit codes, phones and customer codes from their start.',
  },
  label: { zh: '查询内容', en: 'Search for' },
  placeholder: {
    zh: '店名、姓名、地址、电话、许可证号或信用代码',
    en: 'Shop, name, address, phone, licence number or credit code',
  },
  idHint: {
    zh: '按身份证号查询会记入审计日志。',
    en: 'Searches by ID number are recorded in the audit log.',
  },
  submit: { zh: '查询', en: 'Search' },
  short: {
    zh: '每个词至少输入两个字（最多4个词）。',
    en: 'Each word needs two characters or more (at most 4 words).',
  },
  badCharacters: { zh: '查询内容{what}', en: 'A search {what}.' },
  nothing: { zh: '没有找到与“{q}”相符的记录。', en: 'Nothing matches “{q}”.' },
  results: { zh: '“{q}”的查询结果', en: 'Results for “{q}”' },
  more: {
    zh: '只显示前{n}条，请输入更多内容缩小范围。',
    en: 'Only the first {n} are shown: type more to narrow the search.',
  },
  idAudited: {
    zh: '本次按身份证号查询已记入审计日志。',
    en: 'This search by ID number has been recorded in the audit log.',
  },
  licence: { zh: '许可证', en: 'Licences' },
  retailer: { zh: '零售客户', en: 'Retailers' },
  application: { zh: '案件', en: 'Cases' },
  applicant: { zh: '申请人', en: 'Applicants' },
  record: { zh: '外部系统记录', en: 'Records from other systems' },
  // 许可证详情
  licenceTitle: { zh: '许可证详情', en: 'Licence' },
  number: { zh: '许可证号', en: 'Licence number' },
  shop: { zh: '店名', en: 'Shop' },
  holder: { zh: '持证人', en: 'Holder' },
  phone: { zh: '联系电话', en: 'Phone' },
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  address: { zh: '经营地址', en: 'Premises' },
  status: { zh: '状态', en: 'Status' },
  validity: { zh: '有效期', en: 'Valid' },
  suspended: { zh: '停业期间', en: 'Suspended' },
  cases: { zh: '相关案件', en: 'Cases about this licence' },
  noCases: { zh: '没有您可查看的相关案件。', en: 'No cases you may read.' },
  ref: { zh: '申请编号', en: 'Reference' },
  type: { zh: '业务', en: 'Type' },
  submitted: { zh: '提交日期', en: 'Submitted' },
  decided: { zh: '办结日期', en: 'Decided' },
  notFound: { zh: '没有找到这张许可证。', en: 'This licence was not found.' },
  back: { zh: '返回查询', en: 'Back to search' },
});
