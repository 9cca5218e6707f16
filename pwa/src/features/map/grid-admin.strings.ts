/** Text of the grid administration screen (网格管理), zh-CN first. */
import { dict } from '../../app/i18n';

export const G = dict({
  title: { zh: '网格管理', en: 'Grid administration' },
  intro: {
    zh: '在这里维护合理布局所用的距离规则、网格承载量，以及零售户、学校和市场单元数据。',
    en: 'Distance rules, grid capacities, and the retailer, school and market-unit data used by the layout check.',
  },
  sections: { zh: '本页内容', en: 'On this page' },
  loadingSettings: { zh: '正在读取当前设置…', en: 'Loading the current settings…' },

  // 距离规则
  rules: { zh: '距离规则', en: 'Distance rules' },
  rulesUse: {
    zh: '用于“能否开店”布局核查：申请人在掌上咨询查询点位，以及受理审批时的合理布局审查，都按这里的距离判断。修改后对之后的每次核查立即生效。',
    en: 'Used by the layout check: the applicant’s “can I open here?” and the layout review during approval. Changes apply to every check from now on.',
  },
  minSpacing: { zh: '零售户之间最小间距（米）', en: 'Minimum spacing between retailers (m)' },
  minSpacingHint: {
    zh: '新点位与最近的现有零售户至少相隔的距离，常见为 30–100 米；填 0 表示不限制。',
    en: 'Distance from the nearest existing retailer; 30–100 m is typical. 0 turns the rule off.',
  },
  schoolBuffer: {
    zh: '中小学、幼儿园周边禁设范围（米）',
    en: 'No-licence zone around schools and kindergartens (m)',
  },
  schoolBufferHint: {
    zh: '出入口周边此距离内不予许可，默认 50 米。学校位置见下方“学校、幼儿园名单”。',
    en: 'No licence within this distance of an entrance; 50 m by default. School locations: see the school list below.',
  },
  intRange: { zh: '请输入 0 到 1000 之间的整数。', en: 'Enter a whole number from 0 to 1000.' },
  atypical: {
    zh: '提示：{n} 米不在常见的 30–100 米范围内，请确认无误后保存。',
    en: 'Note: {n} m is outside the usual 30–100 m. Check before saving.',
  },
  saveRules: { zh: '保存距离规则', en: 'Save distance rules' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  rulesSaved: {
    zh: '已保存：零售户间距 {a} 米，学校、幼儿园周边 {b} 米。',
    en: 'Saved: spacing {a} m, school zone {b} m.',
  },

  // 年度重算
  recompute: { zh: '年度承载量重算', en: 'Yearly capacity recompute' },
  recomputeUse: {
    zh: '按人口、区位、消费能力、经营成本等计算每个网格的合理承载量。先预览哪些网格会变色，确认后一次性应用；人工调整过的网格仍以调整值为准。',
    en: 'Each grid’s capacity from population, location class, consumption and operating cost. Preview which grids change colour, then apply in one action; manual overrides stay in force.',
  },
  baseRate: { zh: '每千人基准数', en: 'Base rate per 1,000 people' },
  urban: { zh: '城区权重', en: 'Urban weight' },
  town: { zh: '镇区权重', en: 'Town weight' },
  rural: { zh: '乡村权重', en: 'Rural weight' },
  consumption: { zh: '消费能力指数幂', en: 'Consumption exponent' },
  cost: { zh: '经营成本指数幂', en: 'Operating cost exponent' },
  retailers: { zh: '现有零售户权重（0–1）', en: 'Current retailers weight (0–1)' },
  notNumber: { zh: '请输入有效数字。', en: 'Enter a number.' },
  preview: { zh: '预览变化', en: 'Preview changes' },
  previewing: { zh: '正在计算全市网格…', en: 'Computing every grid…' },
  apply: { zh: '应用重算', en: 'Apply recompute' },
  applying: { zh: '正在应用…', en: 'Applying…' },
  applyConfirm: {
    zh: '确认按以上参数重算？{changed} 个网格的承载量将更新，其中 {shifted} 个网格颜色改变。',
    en: 'Apply these weights? {changed} grids get a new capacity; {shifted} change colour.',
  },
  applied: {
    zh: '已应用：{changed} 个网格的承载量已更新，地图已同步。',
    en: 'Applied: {changed} grids updated; open maps are refreshed.',
  },
  stale: {
    zh: '参数已修改，请重新预览后再应用。',
    en: 'The weights changed: preview again before applying.',
  },
  summary: {
    zh: '全市 {grids} 个网格中，承载量变化 {changed} 个，颜色改变 {shifted} 个。',
    en: '{changed} of {grids} grids change capacity; {shifted} change colour.',
  },
  noChange: {
    zh: '按这组参数，没有网格的承载量发生变化。',
    en: 'No grid’s capacity changes with these weights.',
  },
  shifts: { zh: '颜色变化', en: 'Colour changes' },
  noShift: { zh: '没有网格改变颜色。', en: 'No grid changes colour.' },
  picture: { zh: '变化网格示意图（无底图）', en: 'Changed grids (no basemap)' },
  pictureLegend: {
    zh: '填充色为重算后的颜色，边框色为现在的颜色；小网格以圆点表示。',
    en: 'Fill: colour after the recompute; outline: colour now. Small grids are drawn as dots.',
  },
  pictureCapped: {
    zh: '图中画出其中 {n} 个，共 {total} 个。',
    en: '{n} of {total} drawn.',
  },
  showAll: {
    zh: '同时列出只改承载量、不变色的网格',
    en: 'Also list grids whose colour stays the same',
  },
  listed: {
    zh: '列出 {n} 个（颜色改变的在前），共 {total} 个。',
    en: 'Showing {n} (colour changes first) of {total}.',
  },
  grid: { zh: '网格', en: 'Grid' },
  county: { zh: '县市区', en: 'County' },
  count: { zh: '在册零售户', en: 'Retailers' },
  capacity: { zh: '承载量（现→新）', en: 'Capacity (now → new)' },
  saturation: { zh: '饱和度（现→新）', en: 'Saturation (now → new)' },
  colour: { zh: '颜色（现→新）', en: 'Colour (now → new)' },
  green: { zh: '绿', en: 'Green' },
  yellow: { zh: '黄', en: 'Yellow' },
  red: { zh: '红', en: 'Red' },
  none: { zh: '灰（未设名额）', en: 'Grey (no places set)' },

  // 导入（共用）
  crs: { zh: '文件坐标系', en: 'Coordinate system of the file' },
  crsWgs: { zh: 'WGS-84（GPS、天地图）', en: 'WGS-84 (GPS, Tianditu)' },
  crsGcj: { zh: 'GCJ-02（高德、腾讯）', en: 'GCJ-02 (AMap, Tencent)' },
  crsBd: { zh: 'BD-09（百度）', en: 'BD-09 (Baidu)' },
  crsHint: {
    zh: '请按数据来源选择：GPS、天地图为 WGS-84；高德、腾讯为 GCJ-02；百度为 BD-09。选错会偏差数百米到一公里以上。',
    en: 'GPS / Tianditu: WGS-84; AMap / Tencent: GCJ-02; Baidu: BD-09. A wrong choice shifts points by 0.5–1.3 km.',
  },
  chooseTable: { zh: '选择文件（CSV 或 XLSX）', en: 'Choose a file (CSV or XLSX)' },
  reading: { zh: '正在读取文件…', en: 'Reading the file…' },
  rowsRead: { zh: '已读取 {n} 行，请先检查。', en: '{n} rows read. Check them first.' },
  unreadable: {
    zh: '无法读取该文件，请确认文件格式正确、没有加密。',
    en: 'The file could not be read. Check its format and that it is not encrypted.',
  },
  emptyFile: { zh: '文件中没有数据行。', en: 'The file has no data rows.' },
  check: { zh: '检查（不导入）', en: 'Check (dry run)' },
  checking: { zh: '正在检查…', en: 'Checking…' },
  commit: { zh: '导入', en: 'Import' },
  committing: { zh: '正在导入…', en: 'Importing…' },
  confirmCommit: {
    zh: '确认导入以上 {n} 条？导入后立即生效。',
    en: 'Import these {n} records? They take effect at once.',
  },
  confirmYes: { zh: '确定导入', en: 'Yes, import' },
  cancel: { zh: '取消', en: 'Cancel' },
  allOrNothing: {
    zh: '有不合格的行，不能导入：为防止数据只导入一半，只要有一行不合格就一行也不导入。请修正文件后重新选择、检查。',
    en: 'Some rows are rejected, so nothing can be imported (never half an import). Fix the file, choose it again and check.',
  },
  readyToCommit: {
    zh: '全部合格，可以导入。',
    en: 'Every row passed: ready to import.',
  },
  acceptedN: { zh: '合格 {n}', en: 'Accepted {n}' },
  rejectedN: { zh: '不合格 {n}', en: 'Rejected {n}' },
  row: { zh: '第 {n} 行', en: 'Row {n}' },
  item: { zh: '第 {n} 个', en: 'No. {n}' },
  where: { zh: '位置', en: 'Where' },
  name: { zh: '名称', en: 'Name' },
  licenceNo: { zh: '许可证号', en: 'Licence number' },
  reasons: { zh: '原因', en: 'Reasons' },
  imported: { zh: '导入完成：已导入 {n} 条。', en: 'Done: {n} imported.' },
  moreRejected: { zh: '另有 {n} 行未列出。', en: '{n} more not listed.' },

  // 零售户
  retailerImport: { zh: '零售户导入（旧系统导出）', en: 'Retailer import (old system export)' },
  retailerHint: {
    zh: '表头可用：许可证号、名称、地址、经度、纬度，以及可选的负责人、县区、状态、发证日期、有效期至。',
    en: 'Columns: licence number, name, address, longitude, latitude; optional holder, county, status, issue and expiry dates.',
  },

  // 学校
  schools: { zh: '学校、幼儿园名单', en: 'Schools and kindergartens' },
  schoolHint: {
    zh: '表头：学校名称、类型（小学、中学、幼儿园）、县市区（名称或代码均可）、经度、纬度。坐标取学校出入口位置。',
    en: 'Columns: name, kind (primary, secondary, kindergarten), county (name or code), longitude, latitude — of the entrance.',
  },
  replace: {
    zh: '替换文件中所涉县市区的原有名单（每年更新名单时勾选）',
    en: 'Replace the current list of the counties in the file (yearly update)',
  },
  schoolList: { zh: '现有名单：共 {n} 所', en: 'Current list: {n}' },
  noSchools: {
    zh: '尚未导入学校名单，学校周边禁设规则暂时无从判断。',
    en: 'No schools imported yet: the school zone rule has nothing to check against.',
  },
  kind: { zh: '类型', en: 'Kind' },
  lngLat: { zh: '经度, 纬度（WGS-84）', en: 'Lng, lat (WGS-84)' },
  search: { zh: '按名称或县市区查找', en: 'Find by name or county' },
  listCapped: { zh: '仅显示前 {n} 所。', en: 'First {n} shown.' },

  // 市场单元
  polygons: { zh: '市场单元边界导入（GeoJSON）', en: 'Market-unit polygons (GeoJSON)' },
  polygonHint: {
    zh: '每个要素为一个市场单元，属性包括 code（编码）、name（名称）、county（县市区），可选 population（人口）、locationClass（urban/town/rural）。导入后范围内的零售户归入该单元，优先于默认的六边形网格。',
    en: 'One feature per unit with properties code, name, county; optional population and locationClass (urban / town / rural). Retailers inside move to the unit, which takes precedence over the hexagon grid.',
  },
  chooseGeoJson: { zh: '选择 GeoJSON 文件', en: 'Choose a GeoJSON file' },
  notGeoJson: {
    zh: '无法读取：文件不是有效的 GeoJSON（应为 FeatureCollection）。',
    en: 'Not a valid GeoJSON FeatureCollection.',
  },
  unitsRead: { zh: '已读取 {n} 个单元，请先检查。', en: '{n} units read. Check them first.' },
  moves: { zh: '迁入的场所', en: 'Premises moving in' },
  movesLicences: { zh: '其中计入饱和度的许可', en: 'Counting licences' },
  startCapacity: { zh: '初始承载量', en: 'Initial capacity' },
  moveSummary: {
    zh: '{units} 个单元合格，将有 {premises} 处经营场所（{retailers} 户在册零售户）改属新单元。',
    en: '{units} units accepted; {premises} premises ({retailers} counting retailers) would move grid.',
  },
});
