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
    zh: '识别失败，请重拍或手动填写。',
    en: 'Could not read it: retake or type the fields.',
  },
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
