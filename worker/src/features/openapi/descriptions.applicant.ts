/** What the public, sign-in and applicant (shop owner) routes do. */
import { d, type RouteDescription } from './openapi.describe';

const NF = { errors: ['NOT_FOUND'] } as const;
const PDF = { errors: ['NOT_FOUND'], answersType: 'application/pdf' } as const;

export const APPLICANT_DESCRIPTIONS: Record<string, RouteDescription> = {
  'GET /api/health': d('健康检查', 'Liveness: the version and the app clock.', { public: true }),
  'GET /api/openapi.json': d('接口文档（OpenAPI 3.1）', 'This document.', { public: true }),
  'GET /api/calendar': d('工作日日历', "The app's today and the holiday years it counts with.", {
    public: true,
  }),
  'GET /api/jurisdictions': d('辖区列表', 'The city and its county-level units.'),
  'GET /api/guides': d('办事指南列表', 'The service guides, one per business type.', {
    public: true,
  }),
  'GET /api/guides/:type': d('办事指南', 'The current guide for one business type.', {
    public: true,
    ...NF,
  }),
  'GET /api/guides/images/:id': d('指南示例图片', 'An example photo of a guide.', {
    public: true,
    ...NF,
    answersType: 'image/*',
  }),
  'GET /api/public/licences/verify': d(
    '电子证照核验',
    'Verifies the signed code of an e-licence.',
    {
      public: true,
    },
  ),
  'GET /api/public/supervision/results': d(
    '双随机抽查结果公示',
    'Published random-inspection results.',
    {
      public: true,
    },
  ),
  'POST /api/auth/sms/request': d('发送短信验证码', 'Sends a sign-in code to a mobile number.', {
    public: true,
    errors: ['RATE_LIMITED'],
  }),
  'POST /api/auth/sms/verify': d('短信验证码登录', 'Signs an applicant in with the SMS code.', {
    public: true,
  }),
  'POST /api/auth/staff/login': d('工作人员登录', 'Signs a staff member in.', { public: true }),
  'POST /api/auth/staff/password': d('修改密码', 'A staff member changes their password.'),
  'POST /api/auth/logout': d('退出登录', 'Ends the session.', { public: true }),
  'GET /api/me': d('当前用户', 'Who is signed in.', { public: true }),
  'GET /api/me/id-number': d('本人身份证号', "The applicant's own ID number, unmasked.", NF),
  'POST /api/me/realname': d('实名认证', 'Binds a verified real name to the applicant.'),
  'POST /api/me/phone': d(
    '更换手机号',
    "Changes the applicant's phone with a code sent to the new one.",
  ),
  'POST /api/me/phone/codes': d('发送换号验证码', 'Sends a code to the new phone number.', {
    errors: ['RATE_LIMITED'],
  }),
  'GET /api/dev/outbox': d('开发短信发件箱', 'Local development only: SMS codes not sent.', {
    public: true,
    ...NF,
  }),
  'GET /api/my/applications': d('我的申请', "The applicant's cases."),
  'POST /api/my/applications': d('新建申请草稿', 'Starts a draft application.', { status: '201' }),
  'POST /api/my/applications/submissions': d('提交申请', 'Submits an application (idempotent).', {
    status: '201',
  }),
  'GET /api/my/applications/:id': d('申请详情', 'One of the applicant’s cases.', NF),
  'PUT /api/my/applications/:id': d('修改草稿', 'Saves a draft.', {
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  'DELETE /api/my/applications/:id': d('删除草稿', 'Deletes a draft.', NF),
  'POST /api/my/applications/:id/actions': d(
    '申请人操作',
    'Withdraws or otherwise acts on a case.',
    {
      errors: ['NOT_FOUND', 'CONFLICT'],
    },
  ),
  'POST /api/my/applications/:id/resubmit': d(
    '补正后重新提交',
    'Resubmits a case after correction.',
    {
      errors: ['NOT_FOUND', 'CONFLICT'],
    },
  ),
  'GET /api/my/applications/:id/documents': d('文书列表', 'The documents issued on the case.', NF),
  'GET /api/my/applications/:id/documents/:docId/pdf': d('文书 PDF', 'One document as PDF.', PDF),
  'GET /api/my/applications/:id/messages': d('咨询消息', 'The messages on the case.', NF),
  'POST /api/my/applications/:id/messages': d(
    '发送消息',
    'Writes to the clerk about the case.',
    NF,
  ),
  'GET /api/my/threads': d('我的会话', "The applicant's message threads."),
  'POST /api/my/attachments': d('上传照片', 'Uploads a photo for an application.', {
    upload: 'image/jpeg',
    status: '201',
  }),
  'GET /api/attachments/:id': d('查看附件', 'An attachment, to its owner or staff in scope.', {
    ...NF,
    answersType: 'image/*',
  }),
  'GET /api/my/licences': d('我的许可证', "The applicant's licences."),
  'GET /api/my/licences/:id/e-licence': d('电子证照', 'The signed e-licence of a licence.', NF),
  'GET /api/my/licences/:id/e-licence.pdf': d('电子证照 PDF', 'The e-licence as PDF.', PDF),
  'GET /api/my/notifications': d('我的通知', "The applicant's notifications."),
  'POST /api/my/notifications/:id/read': d('标记已读', 'Marks a notification read.', NF),
  'GET /api/my/push-subscriptions': d('推送订阅', "The applicant's Web Push subscriptions."),
  'POST /api/my/push-subscriptions': d('订阅推送', 'Subscribes this browser to reminders.'),
  'DELETE /api/my/push-subscriptions': d('取消推送', 'Removes a push subscription.'),
  'GET /api/my/ratings': d(
    '我的评价',
    'Finished cases the applicant may rate (delivered, refused or terminated by the bureau), and their ratings.',
  ),
  'GET /api/my/ratings/:id': d('评价详情', 'One rating.', NF),
  'POST /api/my/ratings/:id': d('提交评价', 'Rates a finished case (好差评).', {
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  'POST /api/my/ratings/:id/resolution': d(
    '确认整改结果',
    'Answers the follow-up of a bad rating.',
    NF,
  ),
  'GET /api/my/inspections': d('我的远程核查', "The applicant's remote inspections."),
  'GET /api/my/inspections/:id': d('远程核查详情', 'One remote inspection.', NF),
  'GET /api/my/inspections/:id/media': d(
    '远程核查媒体',
    'Media credentials of a remote inspection.',
    NF,
  ),
  'GET /api/my/inspections/:id/room': d('进入远程核查', 'Joins the inspection room (WebSocket).', {
    ...NF,
    status: '101',
  }),
};
