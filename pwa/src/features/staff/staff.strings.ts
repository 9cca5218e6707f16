import { dict } from '../../app/i18n';

export const W = dict({
  supervision: { zh: '双随机抽查', en: 'Random inspections' },
  workbench: { zh: '智慧许可工作台', en: 'Licensing workbench' },
  nav: { zh: '工作台导航', en: 'Workbench' },
  queue: { zh: '工作队列', en: 'Work queue' },
  map: { zh: '地图', en: 'Map' },
  warnings: { zh: '预警', en: 'Warnings' },
  search: { zh: '综合查询', en: 'Search' },
  staffAccounts: { zh: '人员管理', en: 'Staff accounts' },
  audit: { zh: '审计日志', en: 'Audit log' },
  webhooks: { zh: '事件推送', en: 'Webhooks' },
  apiDocs: { zh: '接口文档', en: 'API docs' },
  inspections: { zh: '核查', en: 'Inspections' },
  route: { zh: '路线', en: 'Route' },
  analysis: { zh: '分析', en: 'Analysis' },
  settings: { zh: '设置', en: 'Settings' },
  jurisdictions: { zh: '管辖范围', en: 'Jurisdiction' },
  skip: { zh: '跳到主要内容', en: 'Skip to main content' },
});
