/** What the staff routes of casework, inspections and ratings do. */
import { d, type RouteDescription } from './openapi.describe';

const NF = { errors: ['NOT_FOUND'] } as const;
const NFC = { errors: ['NOT_FOUND', 'CONFLICT'] } as const;

export const STAFF_DESCRIPTIONS: Record<string, RouteDescription> = {
  'GET /api/applications': d('案件队列', 'The queue of cases in the caller’s counties, filtered.'),
  'GET /api/applications/:id': d('案件详情', 'One case with its history and clocks.', NF),
  'POST /api/applications/:id/actions': d(
    '办理案件',
    'Moves a case: accept, approve, refuse, terminate (终止办理: an approver ends an undecided case with a ground and reason)…',
    { errors: ['NOT_FOUND', 'CONFLICT', 'ILLEGAL_TRANSITION', 'TERMINATION_GROUND_MISMATCH'] },
  ),
  'GET /api/applications/:id/documents': d('案件文书', 'The documents issued on a case.', NF),
  'GET /api/applications/:id/documents/:docId/pdf': d('文书 PDF', 'One document as PDF.', {
    ...NF,
    answersType: 'application/pdf',
  }),
  'POST /api/applications/:id/documents/:docId/corrections': d(
    '更正文书',
    'Corrects an issued document.',
    NFC,
  ),
  'GET /api/applications/:id/messages': d('案件消息', 'The messages on a case.', NF),
  'POST /api/applications/:id/messages': d('回复申请人', 'Writes to the applicant.', NF),
  'POST /api/applications/:id/reveal-id': d('查看身份证号', 'Unmasks the ID number (audited).', NF),
  'POST /api/applications/:id/reveal-phone': d('查看手机号', 'Unmasks the phone (audited).', NF),
  'GET /api/applications/:id/layout': d('布局核查', 'Distance and density checks of a case.', NF),
  'GET /api/applications/:id/inspection-records': d('核查记录', 'On-site records of a case.', NF),
  'GET /api/threads': d('咨询会话', 'Message threads in the caller’s counties.'),
  'GET /api/licences/:id': d('许可证详情', 'One licence.', NF),
  'GET /api/licences/:id/e-licence.pdf': d('电子证照 PDF', 'A licence’s e-licence as PDF.', {
    ...NF,
    answersType: 'application/pdf',
  }),
  'GET /api/search': d(
    '跨系统查询',
    'One search over licences, applicants, cases and the records imported from the sales, distribution and internal-management systems (group `record`: found by customer code and by everything that finds its licence; opens the licence), grouped by kind within the caller’s counties.',
  ),
  'GET /api/stats': d('统计', 'Case counts by status and type.'),
  'GET /api/staff/inspectors': d('核查员列表', 'Inspectors the caller may assign.'),
  'POST /api/staff/phone-change': d('代办换号', 'Changes an applicant’s phone at the window.'),
  'POST /api/staff/phone-change/code': d(
    '代办换号验证码',
    'Sends the code for an assisted change.',
    {
      errors: ['RATE_LIMITED'],
    },
  ),
  'GET /api/tasks': d('核查任务', 'The caller’s inspection tasks.'),
  'GET /api/tasks/:id': d('任务详情', 'One task.', NF),
  'POST /api/tasks/:id/accept': d('接受任务', 'Accepts a task.', NFC),
  'POST /api/tasks/:id/start': d('开始核查', 'Starts the on-site check.', NFC),
  'POST /api/tasks/:id/confirm': d('确认预约', 'Confirms the appointment.', NFC),
  'POST /api/tasks/:id/cancel': d('取消任务', 'Cancels a task.', NFC),
  'POST /api/tasks/:id/reassign': d('改派任务', 'Gives the task to another inspector.', NFC),
  'PUT /api/tasks/:id/window': d('预约时段', 'Sets the visit window.', NFC),
  'GET /api/tasks/:id/record': d('核查记录', 'The on-site record of a task.', NF),
  'POST /api/tasks/:id/record': d('提交核查记录', 'Submits the on-site record (signed).', NFC),
  'GET /api/tasks/:id/record/signature': d('签名图片', 'The signature of a record.', {
    ...NF,
    answersType: 'image/png',
  }),
  'POST /api/tasks/:id/photos': d('上传核查照片', 'Uploads an on-site photo.', {
    upload: 'image/jpeg',
    status: '201',
    ...NF,
  }),
  'GET /api/tasks/:id/photos/:photoId': d('核查照片', 'One on-site photo.', {
    ...NF,
    answersType: 'image/*',
  }),
  'GET /api/inspections': d('远程核查', 'Remote inspections in the caller’s counties.'),
  'POST /api/inspections': d('预约远程核查', 'Books a remote inspection.', { status: '201' }),
  'GET /api/inspections/:id': d('远程核查详情', 'One remote inspection.', NF),
  'PUT /api/inspections/:id/appointment': d('改约', 'Moves the appointment.', NFC),
  'GET /api/inspections/:id/media': d('媒体凭据', 'Media credentials for the call.', NF),
  'GET /api/inspections/:id/room': d('进入核查间', 'Joins the inspection room (WebSocket).', {
    ...NF,
    status: '101',
  }),
  'GET /api/checklists': d('核查清单', 'The current checklists.'),
  'GET /api/checklists/:kind': d('某类核查清单', 'The current checklist of one kind.', NF),
  'GET /api/checklists/versions/:id': d('清单版本', 'One checklist version.', NF),
  'POST /api/checklists/:kind': d('发布清单新版本', 'Publishes a new checklist version.', {
    status: '201',
  }),
  'GET /api/ratings/cases/:id': d('案件评价', 'The rating of a case.', NF),
  'GET /api/ratings/follow-ups': d('差评整改', 'Bad ratings awaiting follow-up.'),
  'POST /api/ratings/follow-ups/:id/reply': d('回复差评', 'Answers a bad rating.', NFC),
  'GET /api/ratings/platform': d('评价平台投递', 'Deliveries to the provincial rating platform.'),
  'GET /api/ratings/stats': d('评价统计', 'Rating figures.'),
  'GET /api/warnings': d('许可业务预警', 'Warnings in the caller’s scope, red first, filtered.'),
  'GET /api/warnings/counts': d('预警数量', 'Open warnings by severity, for the menu badge.'),
  'POST /api/warnings/:id/acknowledge': d('确认预警', 'Acknowledges a warning with a note.', {
    errors: ['WARNING_NOT_FOUND', 'WARNING_ALREADY_ACKNOWLEDGED'],
  }),
  'GET /api/analysis': d(
    '办证智能分析',
    'The analysis data for a county, type and period: step times against the statutory limits and against the promised ones (each case held to its SOP version, the guide where no SOP was set).',
    {
      errors: ['ANALYSIS_PERIOD_INVALID'],
    },
  ),
  'GET /api/supervision/plans': d('抽查计划', 'Random-inspection plans.'),
  'GET /api/supervision/licences/:id/record': d(
    '监管记录',
    'A licence’s compliance class, draw weight, penalties and complaints.',
    NF,
  ),
  'POST /api/supervision/licences/:id/penalties': d('录入行政处罚', 'Records a penalty.', {
    status: '201',
    errors: ['NOT_FOUND', 'SUPERVISION_DATE_INVALID', 'SUPERVISION_LICENCE_CANCELLED'],
  }),
  'POST /api/supervision/licences/:id/complaints': d('录入投诉举报', 'Records a complaint.', {
    status: '201',
    errors: ['NOT_FOUND', 'SUPERVISION_DATE_INVALID', 'SUPERVISION_LICENCE_CANCELLED'],
  }),
  'POST /api/supervision/plans': d('抽取计划', 'Draws a random-inspection plan.', {
    status: '201',
  }),
  'GET /api/supervision/plans/:id': d('计划详情', 'One plan with its draw.', NF),
  'POST /api/supervision/plans/:id/verify': d('复核抽取', 'Re-runs a draw from its seed.', NF),
  'GET /api/supervision/preview': d('预览抽取', 'Previews a draw.'),
  'GET /api/supervision/rules': d('抽查规则', 'The rules of the draw.'),
  'PUT /api/supervision/rules': d('修改抽查规则', 'Changes the rules of the draw.'),
  'GET /api/supervision/conflicts': d('回避关系', 'Declared conflicts of interest.'),
  'POST /api/supervision/conflicts': d('登记回避', 'Declares a conflict of interest.', {
    status: '201',
  }),
  'DELETE /api/supervision/conflicts/:id': d('删除回避', 'Removes a conflict of interest.', NF),
};
