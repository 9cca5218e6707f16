import { dict } from '../../app/i18n';

/** The capture screen's words. */
export const O = dict({
  titleId: { zh: '拍摄身份证人像面', en: 'Photograph the ID card (photo side)' },
  titleLicence: { zh: '拍摄营业执照', en: 'Photograph the business licence' },
  guide: {
    zh: '将证件放入框内，保持光线均匀、画面清晰',
    en: 'Fit the document inside the frame, evenly lit and in focus',
  },
  shoot: { zh: '拍照识别', en: 'Capture' },
  gallery: { zh: '从相册选择', en: 'Choose from gallery' },
  cancel: { zh: '取消', en: 'Cancel' },
  noCamera: {
    zh: '无法打开摄像头，请从相册选择照片。',
    en: 'The camera is not available: choose a photo from the gallery.',
  },
  download: {
    zh: '首次使用，正在下载识别模型 {n}%（仅需一次）',
    en: 'First use: downloading the reader {n}% (once only)',
  },
  prepare: { zh: '正在校正图像…', en: 'Straightening the picture…' },
  read: { zh: '正在识别文字…', en: 'Reading the text…' },
  reread: { zh: '正在核对号码…', en: 'Checking the numbers…' },
  failed: {
    zh: '识别出错，请重试、重拍或手动填写。',
    en: 'Something went wrong while reading: try again, retake, or type the fields.',
  },
  failedDownload: {
    zh: '识别模型未能下载，请检查网络后重试，或手动填写。',
    en: 'The reader could not be downloaded: check the connection and try again, or type the fields.',
  },
  failedStalled: {
    zh: '识别长时间没有响应，已停止。请重试，或手动填写。',
    en: 'The reader stopped responding: try again, or type the fields.',
  },
  restarting: {
    zh: '识别中断，正在重新开始…',
    en: 'The reader stopped; starting it again…',
  },
  tryAgain: { zh: '重试', en: 'Try again' },
  // Why a photo was refused (the applicant is asked for a new one, never given empty fields).
  refusedDark: {
    zh: '照片太暗，请在光线充足处重拍。',
    en: 'The photo is too dark: retake it in better light.',
  },
  refusedBlurred: {
    zh: '照片模糊，请对焦清晰、保持手机稳定后重拍。',
    en: 'The photo is blurred: hold the phone still, let it focus and retake.',
  },
  refusedCutOff: {
    zh: '证件未拍全，请让证件完整位于框内后重拍。',
    en: 'Part of the document is cut off: fit all of it in the frame and retake.',
  },
  refusedGlare: {
    zh: '证件反光，请避开灯光直射后重拍。',
    en: 'Glare covers the text: avoid direct light and retake.',
  },
  refusedNotFound: {
    zh: '未找到证件，请将证件平放在深色背景上重拍。',
    en: 'No document found: lay it flat on a darker surface and retake.',
  },
  refusedUnreadable: {
    zh: '无法识别此照片，请重拍或手动填写。',
    en: 'This photo cannot be read: retake it or type the fields.',
  },
  // A photo that was read, but poorly, with an item left unread or failing its check: why, and
  // what a retake should do differently.
  issueCutOff: {
    zh: '证件有部分不在照片内，部分项目未能准确识别。可让证件完整位于框内后重拍，或对照证件补全。',
    en: 'Part of the document is outside the photo, so some items were not read right: retake with all of it in the frame, or complete them from the document.',
  },
  issueDark: {
    zh: '照片偏暗，部分项目未能准确识别。可在光线充足处重拍，或对照证件补全。',
    en: 'The photo is dim, so some items were not read right: retake in better light, or complete them from the document.',
  },
  issueBlurred: {
    zh: '照片不够清晰，部分项目未能准确识别。可对焦清晰、保持手机稳定后重拍，或对照证件补全。',
    en: 'The photo is not sharp, so some items were not read right: hold the phone still, let it focus and retake, or complete them from the document.',
  },
  issueGlare: {
    zh: '证件有反光，部分项目未能准确识别。可避开灯光直射后重拍，或对照证件补全。',
    en: 'Glare covers part of the document, so some items were not read right: avoid direct light and retake, or complete them from the document.',
  },
  typeIn: { zh: '手动填写', en: 'Type the fields' },
  resultTitle: { zh: '请核对识别结果', en: 'Check what was read' },
  resultHint: {
    zh: '识别结果仅保存在本机，确认后才会填入表单。标黄的项目请重点核对。',
    en: 'Nothing leaves this phone until you confirm. Check the highlighted fields.',
  },
  use: { zh: '填入表单', en: 'Fill the form' },
  retake: { zh: '重拍', en: 'Retake' },
  flagInvalid: { zh: '校验未通过，请核对', en: 'Fails its check: please correct' },
  flagMismatch: { zh: '与身份证号码不一致', en: 'Disagrees with the ID number' },
  flagLow: { zh: '识别可信度低，请核对', en: 'Low confidence: please check' },
  flagMissing: { zh: '未识别，请手动填写', en: 'Not read: please type it' },
  flagNotOwn: {
    zh: '不是您实名认证的身份证号码。请拍本人身份证；替他人办理请先勾选“由他人代办”',
    en: 'Not the ID number verified for your account. Photograph your own card, or tick “Someone files this for the operator” first',
  },
  fromIdentityNumber: {
    zh: '已按您的实名认证和证上的出生日期补正',
    en: 'Put right from your verified identity and the card’s birth date',
  },
  flagNotOwnOperator: {
    zh: '经营者不是您实名认证的姓名。个体工商户须由经营者本人申请；替他人办理请先勾选“由他人代办”',
    en: 'The operator is not the name verified for your account. A sole proprietor applies in person; to file for someone else, tick “Someone files this for the operator” first',
  },
  fromIdentityOperator: {
    zh: '与您的实名认证姓名一致',
    en: 'Matches the name verified for your account',
  },
  fromIdentity: {
    zh: '证件号码与您的实名认证一致，姓名按实名认证填写',
    en: 'The number matches your verified identity: name filled from it',
  },
  optionsHint: {
    zh: '姓名中有生僻字？如与证件一致，可直接点选：',
    en: 'A rare character in the name? If one of these matches the document, tap it:',
  },
  businessOptionsHint: {
    zh: '名称中有生僻字？如与执照一致，可直接点选：',
    en: 'A rare character in the business name? If one of these matches the licence, tap it:',
  },
  placeOptionsHint: {
    zh: '地名可能识别有误。如下列之一与证件一致，可直接点选：',
    en: 'A place name may be misread. If one of these matches the document, tap it:',
  },
  // field labels
  name: { zh: '姓名', en: 'Name' },
  sex: { zh: '性别', en: 'Sex' },
  ethnicity: { zh: '民族', en: 'Ethnicity' },
  birth: { zh: '出生日期', en: 'Date of birth' },
  address: { zh: '住址', en: 'Address' },
  id_number: { zh: '公民身份号码', en: 'ID number' },
  credit_code: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  entity: { zh: '名称', en: 'Business name' },
  type: { zh: '类型', en: 'Type' },
  legal_rep: { zh: '经营者 / 法定代表人', en: 'Operator / legal representative' },
  premises: { zh: '经营场所 / 住所', en: 'Business address' },
  reg_date: { zh: '注册日期 / 成立日期', en: 'Registration date' },
});
