import { dict } from '../../app/i18n';

export const P = dict({
  title: { zh: '我的申请', en: 'My applications' },
  newApplication: { zh: '新办理', en: 'New application' },
  empty: {
    zh: '您还没有申请。点击“新办理”开始办理业务。',
    en: 'You have no applications yet. Tap “New application” to start.',
  },
  chooseType: { zh: '请选择办理事项', en: 'Choose a service' },
  chooseLicence: { zh: '请选择要办理的许可证', en: 'Choose the licence' },
  chooseLicenceHint: {
    zh: '除新办外，其他事项需基于您名下的许可证办理。',
    en: 'Every service except a new licence starts from one of your licences.',
  },
  noLicences: {
    zh: '您名下暂无许可证，无法办理该事项。如需开店，请选择“新办”。',
    en: 'You hold no licence, so this service is not available. To open a shop, choose “New application”.',
  },
  create: { zh: '创建草稿并开始办理', en: 'Create draft and start' },
  creating: { zh: '正在创建…', en: 'Creating…' },
  created: { zh: '草稿已创建', en: 'Draft created' },
  changeType: { zh: '重新选择事项', en: 'Choose another service' },
  detailTitle: { zh: '申请详情', en: 'Application' },
  draftNote: {
    zh: '草稿已保存在服务器上。请按办事指南准备以下材料，下一步将逐项填写申请信息并提交。',
    en: 'The draft is saved on the server. Prepare the materials below; next you fill in the details and submit.',
  },
  materials: { zh: '需准备的材料', en: 'Materials to prepare' },
  correction: { zh: '需补正的材料（一次性告知）', en: 'Corrections requested (all at once)' },
  guide: { zh: '查看办事指南', en: 'Read the service guide' },
  licenceNo: { zh: '许可证号', en: 'Licence no.' },
  allApplications: { zh: '全部申请', en: 'All applications' },
});
