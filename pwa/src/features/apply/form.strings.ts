import { dict } from '../../app/i18n';

/** The guided form's words: labels, hints and states. Field labels are keyed by form path. */
export const F = dict({
  // photos
  takePhoto: { zh: '拍照', en: 'Take photo' },
  ocrFill: { zh: '识别照片，自动填写', en: 'Read the photo and fill in the form' },
  ocrUnavailable: {
    zh: '识别功能没能启动，请检查网络后再试；也可以直接手动填写。',
    en: 'Reading the photo could not start. Check your network and try again, or fill in the form by hand.',
  },
  retake: { zh: '重新拍照', en: 'Retake' },
  fromGallery: { zh: '从相册或文件选择', en: 'Choose from gallery or files' },
  removePhoto: { zh: '删除', en: 'Remove' },
  retryUpload: { zh: '重新上传', en: 'Upload again' },
  compressing: { zh: '正在处理照片…', en: 'Preparing the photo…' },
  uploading: { zh: '正在上传 {n}%', en: 'Uploading {n}%' },
  uploaded: { zh: '已上传', en: 'Uploaded' },
  waitingNetwork: {
    zh: '等待网络，联网后自动上传。照片已保存在手机上，不会丢失。',
    en: 'Waiting for the network: it uploads by itself once you are online. The photo is kept on your phone.',
  },
  photoUnreadable: {
    zh: '无法读取这张照片，请重新拍照或换一张。',
    en: 'This photo could not be read. Take it again or choose another.',
  },
  // save state
  saving: { zh: '正在保存…', en: 'Saving…' },
  savedDevice: { zh: '已保存（本机）', en: 'Saved (on this device)' },
  savedServer: { zh: '已保存（服务器）', en: 'Saved (to the server)' },
  saveFailed: { zh: '保存失败，请勿关闭页面', en: 'Not saved: keep this page open' },
  // page
  fillTitle: { zh: '填写申请', en: 'Fill in the application' },
  correctTitle: { zh: '修改并重新提交', en: 'Correct and resubmit' },
  fromLicence: { zh: '办理的许可证', en: 'Licence' },
  submit: { zh: '提交申请', en: 'Submit application' },
  next: { zh: '下一步：核对并提交', en: 'Next: check and submit' },
  nextCorrection: { zh: '下一步：核对补正内容', en: 'Next: check the corrections' },
  requiredNote: {
    zh: '标有“必填”的项目必须填写，其余可以不填。',
    en: 'Fields marked “Required” must be filled in; the others may stay empty.',
  },
  queuedCorrection: {
    zh: '补正材料已排队，联网后自动提交，只会提交一次。您可以关闭本页，内容不会丢失。',
    en: 'The corrections are queued: sent once you are back online, and only once. You may close this page; nothing is lost.',
  },
  resubmit: { zh: '提交补正材料', en: 'Submit corrections' },
  submitting: { zh: '正在提交…', en: 'Submitting…' },
  fixErrors: {
    zh: '有 {n} 处需要修改，请查看标红的内容。',
    en: '{n} field(s) need attention: see the marked fields.',
  },
  queued: {
    zh: '已排队，联网后自动提交。您可以关闭本页，内容不会丢失。',
    en: 'Queued: will be sent when you are back online. You may close this page; nothing is lost.',
  },
  queuedFailed: {
    zh: '排队的申请未能提交：{msg}',
    en: 'The queued application was not accepted: {msg}',
  },
  submitted: { zh: '申请已提交', en: 'Application submitted' },
  notFound: {
    zh: '找不到这份草稿，可能已经提交。',
    en: 'This draft was not found; it may have been submitted already.',
  },
  correctionBanner: {
    zh: '窗口工作人员要求补正以下内容，请逐项修改后重新提交：',
    en: 'The service window asks you to correct the following; fix each and resubmit:',
  },
  preconditionTitle: { zh: '暂不能办理', en: 'Cannot be filed now' },
  realnameNeeded: {
    zh: '提交前需要先完成实名认证。您可以先填写，内容会自动保存。',
    en: 'Verify your real name before submitting. You may fill in the form first: it is saved as you type.',
  },
  goRealname: { zh: '去实名认证', en: 'Verify now' },
  // new
  sectionOperator: { zh: '经营者信息', en: 'Operator' },
  sectionShop: { zh: '店铺信息', en: 'Shop' },
  sectionPlace: { zh: '经营地点', en: 'Location' },
  sectionAgent: { zh: '委托代办', en: 'Filing by an agent' },
  sectionMaterials: { zh: '材料照片', en: 'Photos of the documents' },
  operatorName: { zh: '经营者姓名', en: 'Operator’s name' },
  operatorNameHint: {
    zh: '已按您的实名认证信息填写。',
    en: 'Filled in from your verified identity.',
  },
  operatorNameAsOnCard: {
    zh: '与身份证上的姓名一致。',
    en: 'As on the ID card.',
  },
  idNumber: { zh: '经营者身份证号码', en: 'Operator’s ID number' },
  idNumberHint: { zh: '18位居民身份证号码。', en: 'The 18-character resident ID number.' },
  shopName: { zh: '店铺名称', en: 'Shop name' },
  shopNameHint: { zh: '与营业执照上的名称一致。', en: 'As on the business licence.' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  creditCodeHint: {
    zh: '营业执照上的18位代码。',
    en: 'The 18-character code on the business licence.',
  },
  county: { zh: '所在区县', en: 'County' },
  address: { zh: '详细地址', en: 'Street address' },
  addressHint: {
    zh: '例如：潍城区胜利西街100号',
    en: 'For example: 100 Shengli West Street, Weicheng',
  },
  location: { zh: '店铺位置', en: 'Where the shop is' },
  locationHint: {
    zh: '站在店铺门口点“使用当前位置”最准；也可以搜索地址或店名，或在地图上点一下。',
    en: 'Standing at the shop’s door, tap “Use my current location”; or search the address, or tap the map.',
  },
  lat: { zh: '纬度', en: 'Latitude' },
  lng: { zh: '经度', en: 'Longitude' },
  premisesProof: { zh: '场所使用证明', en: 'Proof of premises' },
  byAgent: { zh: '由他人代办', en: 'Someone files this for the operator' },
  byAgentHint: {
    zh: '代办时，须由代办人本人登录并实名认证，并上传经营者签字的委托书。',
    en: 'The agent signs in with their own verified identity and uploads the signed authorisation.',
  },
  agentName: { zh: '代办人姓名', en: 'Agent’s name' },
  agentIdNumber: { zh: '代办人身份证号码', en: 'Agent’s ID number' },
  idCardHint: {
    zh: '平放拍摄，四角完整，文字清楚。',
    en: 'Flat, all four corners visible, text sharp.',
  },
  /** After the name of a document the form can be sent without. */
  optionalMark: { zh: '（可选）', en: ' (optional)' },
  // other types
  confirmUnchanged: {
    zh: '我确认经营者、经营地址和经营条件均未发生变化',
    en: 'I confirm the operator, address and business conditions are unchanged',
  },
  renewalLast: { zh: '延续申请最晚提交日期：{date}', en: 'Last day to file a renewal: {date}' },
  changeKind: { zh: '变更事项', en: 'What has changed' },
  changeDate: { zh: '变更日期', en: 'Date of the change' },
  changeDateHint: {
    zh: '营业执照等变更完成的日期，须在30个工作日内申请。',
    en: 'The day the change took effect; file within 30 working days.',
  },
  newValue: { zh: '变更后的内容', en: 'The new value' },
  newValueHint: {
    zh: '例如新的店铺名称或新的负责人姓名。',
    en: 'For example the new shop name or the new representative’s name.',
  },
  suspendFrom: { zh: '停业开始日期', en: 'Suspension starts' },
  suspendUntil: { zh: '停业结束日期', en: 'Suspension ends' },
  suspendHint: { zh: '停业期限最长一年。', en: 'A suspension lasts at most one year.' },
  reason: { zh: '原因说明', en: 'Reason' },
  resumeOn: { zh: '恢复营业日期', en: 'Resume on' },
  confirmConditions: {
    zh: '我确认经营者、经营地址未变，仍符合许可条件',
    en: 'I confirm the same operator and address, and the conditions are still met',
  },
  reissueReason: { zh: '补办原因', en: 'Reason for reissue' },
  statement: { zh: '情况说明', en: 'Statement' },
  statementHint: {
    zh: '简要说明遗失或毁损的经过。',
    en: 'Briefly say how it was lost or damaged.',
  },
  closureDate: { zh: '歇业日期', en: 'Closing date' },
  closureHint: {
    zh: '歇业后须在30个工作日内申请，许可证将被注销。',
    en: 'File within 30 working days of closing; the licence is then cancelled.',
  },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
});
