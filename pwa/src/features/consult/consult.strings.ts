import { dict } from '../../app/i18n';

export const S = dict({
  title: { zh: '办事指南', en: 'Service guide' },
  intro: {
    zh: '选择您要办理的事项，查看办理条件、所需材料和办理时限。',
    en: 'Choose a service to see its conditions, materials and time limits.',
  },
  faq: { zh: '常见问题', en: 'Frequently asked questions' },
  when: { zh: '适用情形', en: 'When to apply' },
  conditions: { zh: '办理条件', en: 'Conditions' },
  materials: { zh: '申请材料', en: 'Materials' },
  limits: { zh: '办理时限', en: 'Time limits' },
  statutory: { zh: '法定', en: 'By law' },
  promised: { zh: '承诺', en: 'Promised' },
  whereToAsk: { zh: '咨询方式', en: 'Where to ask' },
  goodExample: { zh: '合格示例', en: 'Good example' },
  badExample: { zh: '不合格示例', en: 'Bad example' },
  version: { zh: '第{n}版', en: 'Version {n}' },
  fee: { zh: '收费标准', en: 'Fee' },
  notes: { zh: '温馨提示', en: 'Good to know' },
  applyNow: { zh: '在线办理', en: 'Apply online' },
  allGuides: { zh: '全部事项', en: 'All services' },
  unknownType: { zh: '未找到该事项。', en: 'No such service.' },
});
