import { dict } from '../../app/i18n';

export const A = dict({
  welcome: { zh: '烟草专卖零售许可证网上办理', en: 'Tobacco retail licences online' },
  applicantMode: { zh: '申请人登录', en: 'Applicant' },
  staffMode: { zh: '工作人员登录', en: 'Staff' },
  modeLabel: { zh: '登录方式', en: 'Sign-in type' },
  phone: { zh: '手机号码', en: 'Mobile number' },
  phoneHint: { zh: '请输入本人实名登记的11位手机号码', en: 'Your 11-digit mainland mobile number' },
  phoneInvalid: {
    zh: '手机号码格式不正确，请输入11位中国大陆手机号。',
    en: 'Enter an 11-digit mainland China mobile number.',
  },
  getCode: { zh: '获取验证码', en: 'Get code' },
  resendIn: { zh: '{n} 秒后重新获取', en: 'Resend in {n}s' },
  resend: { zh: '重新获取', en: 'Resend code' },
  codeSent: {
    zh: '验证码已发送至 {phone}，{min} 分钟内有效。',
    en: 'A code was sent to {phone}. It is valid for {min} minutes.',
  },
  code: { zh: '短信验证码', en: 'SMS code' },
  codeHint: { zh: '6位数字', en: '6 digits' },
  codeInvalid: { zh: '请输入6位数字验证码。', en: 'Enter the 6-digit code.' },
  signIn: { zh: '登录', en: 'Sign in' },
  signingIn: { zh: '正在登录…', en: 'Signing in…' },
  sending: { zh: '正在发送…', en: 'Sending…' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  waitSeconds: { zh: '{s} 秒', en: '{s} s' },
  waitMinutes: { zh: '{m} 分 {s} 秒', en: '{m} min {s} s' },
  waitButton: { zh: '{time}后可再次登录', en: 'Sign in again in {time}' },
  waitNote: {
    zh: '为保护账号安全，需稍候片刻才能再次登录。',
    en: 'To protect the account, please wait a moment before the next try.',
  },
  lockedHint: {
    zh: '如忘记密码，请联系系统管理员重置。',
    en: 'Forgot the password? Ask the system administrator to reset it.',
  },
  staffNote: {
    zh: '工作人员请使用单位分配的账号登录，登录及操作均记录审计日志。',
    en: 'Use the account issued by the bureau. Sign-ins and actions are audited.',
  },
  privacy: {
    zh: '您的手机号码只用于登录和通知办理进度。身份证号码等敏感信息，会在您提交前单独征得您的同意。',
    en: 'Your mobile number is used only to sign you in and tell you about your cases. Sensitive information such as your ID number is processed only with your separate consent, asked before you submit.',
  },
  privacyLink: { zh: '阅读《个人信息保护政策》', en: 'Read the privacy notice' },
  devOutbox: { zh: '开发短信收件箱', en: 'Dev SMS outbox' },
  devOutboxNote: {
    zh: '仅开发环境可见：本地短信不会真正发出，可在此查看验证码。',
    en: 'Development only: local SMS are not really sent; read the code here.',
  },
  devOutboxEmpty: { zh: '暂无短信', en: 'No messages yet' },
  useCode: { zh: '填入验证码', en: 'Use this code' },
  refresh: { zh: '刷新', en: 'Refresh' },
  largeTextShort: { zh: '大字', en: 'Large text' },
});
