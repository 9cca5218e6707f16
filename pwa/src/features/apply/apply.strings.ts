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
  create: { zh: '开始填写', en: 'Start filling in' },
  createFailed: {
    zh: '无法在本机保存草稿，请检查浏览器是否允许存储后重试。',
    en: 'The draft could not be saved on this device. Allow storage in the browser and try again.',
  },
  continueDraft: { zh: '继续填写', en: 'Continue filling in' },
  correctNow: { zh: '修改并重新提交', en: 'Correct and resubmit' },
  withdraw: { zh: '撤回申请', en: 'Withdraw application' },
  withdrawConfirm: {
    zh: '确定要撤回这份申请吗？撤回后办理终止，如需办理须重新申请。',
    en: 'Withdraw this application? Processing stops; to apply again you start a new application.',
  },
  withdrawReason: { zh: '撤回原因（可不填）', en: 'Reason (optional)' },
  withdrawYes: { zh: '确认撤回', en: 'Yes, withdraw' },
  withdrawn: { zh: '申请已撤回', en: 'Application withdrawn' },
  reloaded: {
    zh: '申请状态已发生变化，已为您刷新。',
    en: 'The application changed meanwhile; it has been reloaded.',
  },
  localDrafts: { zh: '本机草稿', en: 'Drafts on this device' },
  localDraftNote: {
    zh: '尚未同步到服务器，联网后会自动同步。',
    en: 'Not yet on the server; it syncs when you are online.',
  },
  queuedList: { zh: '排队等待提交', en: 'Waiting to be sent' },
  withdrawQueuedShort: { zh: '撤回待发送', en: 'Withdrawal waiting to be sent' },
  resubmitQueuedShort: { zh: '补正待发送', en: 'Corrections waiting to be sent' },
  withdrawQueued: {
    zh: '撤回已排队，联网后自动提交，只会提交一次。',
    en: 'The withdrawal is queued: it is sent once you are online, and only once.',
  },
  resubmitQueued: {
    zh: '补正材料已排队，联网后自动提交，只会提交一次。',
    en: 'The corrections are queued: they are sent once you are online, and only once.',
  },
  queuedRefused: {
    zh: '排队的操作未能完成：{msg}',
    en: 'The queued action was not accepted: {msg}',
  },
  deleteDraft: { zh: '删除草稿', en: 'Delete draft' },
  deleteDraftConfirm: {
    zh: '确定要删除这份草稿吗？删除后手机上和服务器上的草稿都不再保留，已拍的照片也一并删除。',
    en: 'Delete this draft? It is removed from this phone and from the server, with the photos taken for it.',
  },
  deleteDraftYes: { zh: '确认删除', en: 'Yes, delete' },
  draftDeleted: { zh: '草稿已删除', en: 'Draft deleted' },
  licenceIssued: { zh: '许可证号', en: 'Licence number' },
  attachments: { zh: '已上传材料', en: 'Uploaded documents' },
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
  notFound: { zh: '没有找到这份申请', en: 'This application was not found' },
});
