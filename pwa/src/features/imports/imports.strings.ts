/** 外部系统数据 and 接口令牌: zh-CN first. */
import { dict } from '../../app/i18n';

export const S = dict({
  // Imports from the other systems
  importTitle: { zh: '外部系统数据导入', en: 'Data from other systems' },
  importLead: {
    zh: '导入营销、配送、内管系统导出的客户数据（CSV 或 XLSX）：先检查，再导入；有任何不合格的行时不导入任何数据。同一系统再次导入时，覆盖该许可证原有的记录。',
    en: 'Import customer data exported by the sales, distribution and internal-management systems (CSV or XLSX): check first, then import; nothing is imported while any row is rejected. A new import from the same system replaces a licence’s earlier record.',
  },
  source: { zh: '数据来源', en: 'Source system' },
  columns: {
    zh: '需要的列：客户编码、许可证号、月订货量（条）、最近送货日期、状态（正常 / 暂停供货 / 停止供货）。',
    en: 'Columns: customer code, licence number, monthly volume (cartons), last delivery date, status (正常 / 暂停供货 / 停止供货).',
  },
  apiHint: {
    zh: '其他系统也可以用接口令牌（权限 imports:write）直接调用 POST /api/system/records 推送同样的数据。',
    en: 'Other systems can also push the same data with an API token (scope imports:write) to POST /api/system/records.',
  },
  replaces: { zh: '其中 {n} 条将覆盖原有记录', en: '{n} of them replace an earlier record' },
  // Records on the licence page and the map panel
  recordsTitle: { zh: '营销、配送、内管数据', en: 'Sales, distribution and internal data' },
  noRecords: {
    zh: '其他系统暂无该许可证的数据。',
    en: 'No other system has sent data on this licence.',
  },
  customerCode: { zh: '客户编码', en: 'Customer code' },
  monthlyVolume: { zh: '月订货量', en: 'Monthly volume' },
  cartons: { zh: ' 条', en: ' cartons' },
  lastDelivery: { zh: '最近送货', en: 'Last delivery' },
  customerStatus: { zh: '状态', en: 'Status' },
  importedAt: { zh: '导入于', en: 'Imported' },
  quiet: {
    zh: '在营许可证已超过 6 个月没有送货记录',
    en: 'Active licence with no delivery for over 6 months',
  },
  none: { zh: '无', en: 'none' },
  // API tokens
  tokensTitle: { zh: '接口令牌', en: 'API tokens' },
  tokensLead: {
    zh: '供营销、配送、内管等系统调用本系统接口。令牌只在创建时显示一次，系统只保存其摘要；每次创建和吊销都会记入审计日志。',
    en: 'For the sales, distribution and internal-management systems to call this service. A token is shown once, when created, and only its hash is kept; every creation and revocation is audited.',
  },
  newToken: { zh: '新建令牌', en: 'New token' },
  tokenName: { zh: '名称（用途）', en: 'Name (what it is for)' },
  scopes: { zh: '权限范围', en: 'Scopes' },
  counties: { zh: '可访问的区县', en: 'Counties' },
  create: { zh: '创建', en: 'Create' },
  cancel: { zh: '取消', en: 'Cancel' },
  pickScope: { zh: '请至少选择一项权限。', en: 'Pick at least one scope.' },
  pickCounty: { zh: '请至少选择一个区县。', en: 'Pick at least one county.' },
  secretOnce: {
    zh: '请立即复制并妥善保存此令牌，离开本页后将无法再次查看：',
    en: 'Copy this token now and keep it safe; it will not be shown again:',
  },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  done: { zh: '我已保存', en: 'I have saved it' },
  createdBy: { zh: '创建人', en: 'Created by' },
  createdAt: { zh: '创建时间', en: 'Created' },
  lastUsed: { zh: '最近使用', en: 'Last used' },
  never: { zh: '从未使用', en: 'never' },
  state: { zh: '状态', en: 'State' },
  active: { zh: '有效', en: 'Active' },
  revoked: { zh: '已吊销', en: 'Revoked' },
  revoke: { zh: '吊销', en: 'Revoke' },
  confirmRevoke: {
    zh: '吊销后使用该令牌的系统将立即无法访问，且不能恢复。确定吊销“{name}”吗？',
    en: 'Systems using this token lose access at once, for good. Revoke “{name}”?',
  },
  revokedDone: { zh: '令牌已吊销。', en: 'Token revoked.' },
  noTokens: { zh: '还没有接口令牌。', en: 'No API tokens yet.' },
});
