/**
 * The privacy notice (个人信息保护政策), the applicant's promise under 告知承诺制 and the consents
 * a submission carries. The texts live here, beside their version, so what the PWA shows and
 * what the worker records as agreed can never be two different documents: change a word, bump
 * PRIVACY_NOTICE_VERSION, and submissions agreeing to the old text are asked to agree again.
 * `{bureau}` is the processor's name, filled in by whoever shows the text.
 */

type Text = { zh: string; en: string };

/** The version of the notice, the promise and the consent texts below. */
export const PRIVACY_NOTICE_VERSION = '2026-12-01';

/** One section of the notice: a heading and its paragraphs. */
export interface NoticeSection {
  heading: Text;
  body: Text[];
}

/** The full notice, reachable from the sign-in screen, 服务 and every consent. */
export const PRIVACY_NOTICE: readonly NoticeSection[] = [
  {
    heading: { zh: '谁处理您的信息', en: 'Who processes your information' },
    body: [
      {
        zh: '许可微厅由{bureau}运营。{bureau}是您个人信息的处理者，负责办理烟草专卖零售许可证。对本政策有疑问，或要行使下面的权利，请到政务服务大厅烟草专卖窗口办理。',
        en: 'Xuke is run by {bureau}, which processes your personal information to handle tobacco retail licences. For questions, or to exercise the rights below, visit the tobacco window of the government service hall.',
      },
    ],
  },
  {
    heading: { zh: '处理哪些信息，为了什么', en: 'What we process, and why' },
    body: [
      {
        zh: '手机号码：用于登录，并把办理进度短信告诉您。',
        en: 'Mobile number: to sign you in and to text you how your case moves on.',
      },
      {
        zh: '姓名、身份证号码：用于实名认证，并写入您的申请。',
        en: 'Name and ID number: for the real-name check, and on your applications.',
      },
      {
        zh: '店铺名称、统一社会信用代码、地址和位置、证照照片：用于受理、审查、实地核查、作出许可决定和送达，以及依法进行的合理布局和监督管理。',
        en: 'Shop name, credit code, address and location, photos of documents: to accept, review, inspect, decide and deliver, and for the layout and supervision the law requires.',
      },
      {
        zh: '这些信息只用于烟草专卖许可及其监督管理，不用于其他目的。',
        en: 'They are used for tobacco licensing and its supervision only, for nothing else.',
      },
    ],
  },
  {
    heading: { zh: '敏感个人信息', en: 'Sensitive personal information' },
    body: [
      {
        zh: '身份证号码和身份证照片中的人脸图像属于敏感个人信息。我们只在您单独同意后处理它们，只用于核验身份和办理许可。身份证号码加密保存；工作人员默认只能看到部分号码，查看完整号码须写明理由并留下记录。',
        en: 'Your ID number and the face on your ID card photo are sensitive personal information. We process them only with your separate consent, only to check your identity and handle your licence. ID numbers are stored encrypted; staff see part of the number, and seeing all of it needs a stated reason that is recorded.',
      },
      {
        zh: '实名认证时，您的姓名和身份证号码会发送到身份核验服务，只用于比对两者是否一致。',
        en: 'For the real-name check your name and ID number are sent to an identity verification service, only to compare whether they match.',
      },
    ],
  },
  {
    heading: { zh: '保存多久', en: 'How long we keep it' },
    body: [
      {
        zh: '没有提交的草稿，保存到您删除或提交为止，您可以随时删除。',
        en: 'A draft you have not submitted is kept until you delete or submit it; you may delete it at any time.',
      },
      {
        zh: '提交的申请和材料属于行政许可档案，按照国家档案管理规定的期限保存，期满后销毁。',
        en: 'Submitted applications and documents are licensing records, kept for the period national archive rules set, then destroyed.',
      },
      {
        zh: '为了没有网络时也能使用，草稿、等待发送的申请和您最近看过的申请、许可证会保存在您的手机上；退出登录时，最近看过的内容会从手机上清除。',
        en: 'So that the app works without signal, drafts, requests waiting to be sent and the applications and licences you last viewed are kept on your phone; signing out removes what you last viewed.',
      },
    ],
  },
  {
    heading: { zh: '您的权利', en: 'Your rights' },
    body: [
      {
        zh: '您可以查阅、复制和更正您的信息，可以删除草稿。',
        en: 'You may see, copy and correct your information, and delete drafts.',
      },
      {
        zh: '您可以随时撤回同意：办理中的申请可以撤回，草稿可以删除，也可以到窗口办理。撤回不影响撤回前已经进行的处理；撤回后，需要这些信息才能办理的事项将无法继续办理，依法必须保存的档案仍按规定保存。',
        en: 'You may withdraw your consent at any time: withdraw an open application, delete a draft, or ask at the window. Withdrawing does not affect what was done before; matters that need the information cannot go on, and records the law requires are still kept.',
      },
      {
        zh: '我们不会把您的信息提供给其他单位，法律、行政法规另有规定的除外。',
        en: 'We do not give your information to anyone else, unless a law or regulation requires it.',
      },
    ],
  },
];

/** 告知承诺: what the applicant promises with every submission. */
export const APPLICANT_PROMISE: readonly Text[] = [
  {
    zh: '我填写的信息和提交的材料真实、准确、完整，照片是证件原件拍摄的。',
    en: 'The information I give and the documents I send are true, accurate and complete; the photos are of the original documents.',
  },
  {
    zh: '我已了解办事指南所列的条件，所申请的事项符合这些条件。',
    en: 'I know the conditions the service guide lists, and what I apply for meets them.',
  },
  {
    zh: '如有隐瞒或虚假承诺，我愿意承担法律责任，许可机关可以依法撤销许可。',
    en: 'If I hide something or promise falsely, I bear the legal consequences, and the bureau may revoke the licence.',
  },
];

/** The three statements a submission's consent stands for, each ticked on its own. */
export const CONSENT_TEXTS = {
  promise: {
    zh: '我已阅读以上告知承诺，承诺所填信息真实。',
    en: 'I have read the promise above and declare the information true.',
  },
  personalInfo: {
    zh: '我已阅读《个人信息保护政策》，同意{bureau}为办理本次许可，处理我的姓名、手机号码、店铺和地址等个人信息。',
    en: 'I have read the privacy notice and agree that {bureau} processes my name, mobile number, shop and address to handle this application.',
  },
  sensitiveInfo: {
    zh: '我单独同意{bureau}为核验身份、办理本次许可，处理我的身份证号码和身份证照片中的人脸图像。它们加密保存，作为许可档案按规定期限保存；我可以随时撤回同意。',
    en: 'I separately agree that {bureau} processes my ID number and the face on my ID card photo, to check my identity and handle this application. They are stored encrypted and kept as licensing records for the period the rules set; I may withdraw this consent at any time.',
  },
  realname: {
    zh: '我单独同意为实名认证处理我的身份证号码：姓名和号码发送到身份核验服务比对，号码加密保存。',
    en: 'I separately agree that my ID number is processed for the real-name check: my name and number are sent to an identity verification service to be compared, and the number is stored encrypted.',
  },
} as const satisfies Record<string, Text>;

/** The key facts shown beside the consents (PIPL art. 17, 30): who, why, how long, withdrawal. */
export const CONSENT_FACTS: readonly { label: Text; text: Text }[] = [
  {
    label: { zh: '处理者', en: 'Processor' },
    text: { zh: '{bureau}', en: '{bureau}' },
  },
  {
    label: { zh: '目的', en: 'Purpose' },
    text: {
      zh: '受理、审查、核查并决定您的烟草专卖零售许可申请，送达结果，并依法监督管理',
      en: 'to accept, review, inspect and decide your tobacco retail licence application, deliver the result, and supervise as the law requires',
    },
  },
  {
    label: { zh: '敏感信息', en: 'Sensitive information' },
    text: {
      zh: '身份证号码、身份证照片中的人脸图像：加密保存，只用于核验身份和办理许可',
      en: 'ID number and the face on the ID card photo: stored encrypted, used only to check your identity and handle the licence',
    },
  },
  {
    label: { zh: '保存期限', en: 'Kept for' },
    text: {
      zh: '作为行政许可档案，按国家档案管理规定的期限保存，期满后销毁',
      en: 'as licensing records, for the period national archive rules set, then destroyed',
    },
  },
  {
    label: { zh: '撤回同意', en: 'Withdrawing consent' },
    text: {
      zh: '可随时撤回：撤回申请、删除草稿或到窗口办理；撤回前已进行的处理不受影响',
      en: 'at any time: withdraw the application, delete a draft, or ask at the window; what was done before is not affected',
    },
  },
];

/** What a consent was given for, as the worker records it. */
export const CONSENT_PURPOSES = ['submission', 'resubmission', 'realname'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * `{bureau}` in a text, filled with the processor's name.
 * @example withBureau(CONSENT_TEXTS.personalInfo, {zh: '潍坊市烟草专卖局', en: '…'})
 */
export function withBureau(text: Text, bureau: Text): Text {
  return {
    zh: text.zh.replaceAll('{bureau}', bureau.zh),
    en: text.en.replaceAll('{bureau}', bureau.en),
  };
}
