/** What the map, grid, settings and administration routes do. */
import { d, type RouteDescription } from './openapi.describe';

const NF = { errors: ['NOT_FOUND'] } as const;
const NFC = { errors: ['NOT_FOUND', 'CONFLICT'] } as const;

export const OFFICE_DESCRIPTIONS: Record<string, RouteDescription> = {
  'PUT /api/calendar/years/:year': d('录入节假日', 'Enters a year of holidays and make-up days.'),
  'PUT /api/guides/:type': d('修改办事指南', 'Publishes a new guide version.', NFC),
  'GET /api/guides/:type/versions': d('指南版本', 'The versions of a guide.', NF),
  'GET /api/guides/:type/versions/:version': d('指南某版本', 'One guide version.', NF),
  'POST /api/guides/images': d('上传指南图片', 'Uploads an example photo.', {
    upload: 'image/jpeg',
    status: '201',
  }),
  'GET /api/live/feed': d('地图实时推送', 'The live map feed (WebSocket).', { status: '101' }),
  'GET /api/grids/settings': d('网格设置', 'Saturation settings.'),
  'PUT /api/grids/settings': d('修改网格设置', 'Changes saturation settings.', NFC),
  'PUT /api/grids/:id/override': d('网格容量调整', 'Overrides one grid’s capacity.', NFC),
  'POST /api/grids/polygons': d('导入网格边界', 'Imports grid polygons.'),
  'POST /api/grids/recompute/preview': d('预览重算', 'Previews a capacity recomputation.'),
  'POST /api/grids/recompute/apply': d('应用重算', 'Applies a capacity recomputation.'),
  'POST /api/grids/repair-counts': d('修复计数', 'Recounts licences per grid.'),
  'GET /api/map/config': d('地图配置', 'Basemap and layer settings.'),
  'GET /api/map/data': d('地图数据', 'Grids and retailers in view.'),
  'GET /api/map/grids/:id': d('网格详情', 'One grid with its counts.', NF),
  'GET /api/map/outlines': d('行政区划轮廓', 'County outlines.'),
  'GET /api/map/retailers/at': d('点位零售户', 'Retailers at a point.'),
  'GET /api/map/tiles/:z/:x/:y': d('地图瓦片', 'One basemap tile.', {
    ...NF,
    answersType: 'application/x-protobuf',
  }),
  'GET /api/layout/county': d('县区布局', 'Layout rules of a county.'),
  'POST /api/layout/check': d('布局预检', 'Checks a proposed shop location.'),
  'GET /api/geocode': d('地址解析', 'Turns an address into a point.'),
  'GET /api/schools': d('学校列表', 'Schools near a point.'),
  'POST /api/schools/import': d('导入学校', 'Imports schools.'),
  'POST /api/imports/retailers': d('导入零售户', 'Imports retailers (dry run first).', {
    upload: 'text/csv',
  }),
  'GET /api/admin/staff': d('人员管理', 'Staff accounts.'),
  'POST /api/admin/staff': d('新建账号', 'Creates a staff account.', {
    status: '201',
    errors: ['USERNAME_TAKEN'],
  }),
  'PUT /api/admin/staff/:id': d('修改账号', 'Edits a staff account.', {
    errors: ['NOT_FOUND', 'CONFLICT', 'LAST_ADMIN'],
  }),
  'POST /api/admin/staff/:id/reset-password': d('重置密码', 'Sets a new first password.', NFC),
  'GET /api/admin/audit': d('审计日志', 'The audit log, filtered.'),
  'GET /api/admin/audit/export': d('导出审计日志', 'The filtered audit log as CSV.', {
    answersType: 'text/csv',
  }),
  'GET /api/admin/webhooks': d(
    '事件推送订阅',
    'Webhook subscriptions with pending and given-up counts.',
  ),
  'POST /api/admin/webhooks': d(
    '新建推送订阅',
    'Subscribes a URL to events; the signing secret is answered once.',
    {
      status: '201',
      errors: ['WEBHOOK_URL_REFUSED'],
    },
  ),
  'PUT /api/admin/webhooks/:id': d('修改推送订阅', 'Changes, pauses or resumes a subscription.', {
    errors: ['NOT_FOUND', 'CONFLICT', 'WEBHOOK_URL_REFUSED'],
  }),
  'DELETE /api/admin/webhooks/:id': d('删除推送订阅', 'Deletes a subscription and its log.', NF),
  'GET /api/admin/webhooks/deliveries': d(
    '推送记录',
    'The delivery log: state, attempts, answer, next try.',
  ),
  'POST /api/admin/webhooks/deliveries/:id/retry': d(
    '重新推送',
    'Sends a given-up delivery again.',
    {
      errors: ['NOT_FOUND', 'WEBHOOK_DELIVERY_NOT_FAILED'],
    },
  ),
  'GET /api/admin/tokens': d('接口令牌', 'API tokens: scopes, counties, last use, revoked.'),
  'POST /api/admin/tokens': d(
    '新建接口令牌',
    'Creates an API token; its secret is answered once.',
    {
      status: '201',
    },
  ),
  'POST /api/admin/tokens/:id/revoke': d('吊销接口令牌', 'Revokes an API token.', NFC),
  'POST /api/imports/records': d(
    '导入外部系统数据',
    'Records from 营销 / 配送 / 内管 (dry run first; all or nothing).',
    { errors: ['IMPORT_REJECTED_ROWS', 'IMPORT_TOO_LARGE'] },
  ),
  'GET /api/licences/:id/records': d(
    '许可证外部数据',
    'What the sales, distribution and internal systems say of a licence.',
    NF,
  ),
  'POST /api/system/records': d(
    '系统推送外部数据',
    'A system sends its records of licences (dry run or commit). Failed token attempts are throttled per client IP and per token prefix: past the limit, 429 TOKEN_THROTTLED with Retry-After, the right token included, until the window ends.',
    { token: 'imports:write', errors: ['IMPORT_REJECTED_ROWS', 'IMPORT_TOO_LARGE'] },
  ),
  'GET /api/system/licences/:number': d(
    '系统查询许可证',
    'A system reads one licence. Failed token attempts are throttled as for every system route (429 TOKEN_THROTTLED with Retry-After).',
    {
      token: 'licences:read',
      errors: ['NOT_FOUND'],
    },
  ),
  'GET /api/admin/sop': d('办理规程', 'Each business type’s SOP in force, with its versions.'),
  'PUT /api/admin/sop/:type': d(
    '修改办理规程',
    'Saves a new SOP version (steps, roles, promised limits, decision levels) for new cases.',
    { errors: ['CONFLICT', 'SOP_INVALID', 'SOP_PROMISE_EXCEEDS_LAW'] },
  ),
  'GET /api/admin/jurisdictions': d(
    '单位设置',
    'Units: name, grid resolution, licence number pattern.',
  ),
  'PUT /api/admin/jurisdictions/:code': d('修改单位设置', 'Changes a unit’s settings (audited).', {
    errors: ['NOT_FOUND', 'CONFLICT', 'LICENCE_PATTERN_INVALID'],
  }),
  'POST /api/applications/:id/opinions': d(
    '填写审批意见',
    'Records this decision level’s opinion on a case (承办人 / 审核人).',
    { errors: ['NOT_FOUND', 'CONFLICT', 'OPINION_NOT_DUE', 'OPINION_SAME_PERSON'] },
  ),
};
