/** The day route's words, zh-CN first. */
import { dict } from '../../app/i18n';

export const S = dict({
  title: { zh: '今日路线', en: 'Today’s route' },
  lead: {
    zh: '勾选今天要走访的核查任务（已按截止日期推荐），选择出发地点，系统按最短路程排出走访顺序并遵守约定时间。',
    en: 'Tick today’s tasks (proposed by deadline), choose where you start; the order with the least travel that keeps every appointment is planned for you.',
  },
  tasks: { zh: '核查任务', en: 'Tasks' },
  noTasks: { zh: '没有待办的核查任务。', en: 'No open inspection tasks.' },
  noPlace: { zh: '（无坐标，不能排入路线）', en: '(no coordinates: cannot be routed)' },
  chosen: { zh: '已选{n}个', en: '{n} chosen' },
  start: { zh: '出发地点', en: 'Start from' },
  office: { zh: '{name}烟草专卖局', en: '{name} tobacco bureau' },
  here: { zh: '我的当前位置', en: 'My current position' },
  locating: { zh: '正在获取位置…', en: 'Finding your position…' },
  noGps: {
    zh: '无法获取当前位置，已改为从单位出发。',
    en: 'Your position is unavailable: starting from the bureau.',
  },
  startTime: { zh: '出发时间', en: 'Start time' },
  service: { zh: '每处核查按{n}分钟计', en: '{n} minutes per check' },
  plan: { zh: '规划路线', en: 'Plan the route' },
  planning: { zh: '正在规划…', en: 'Planning…' },
  chooseSome: {
    zh: '请至少勾选一个有坐标的任务。',
    en: 'Tick at least one task with coordinates.',
  },
  totals: {
    zh: '共{n}站 · 全程约{km}公里 · 路上约{min}分钟 · 预计{end}结束',
    en: '{n} stops · about {km} km · about {min} min travelling · done about {end}',
  },
  straight: {
    zh: '距离按直线估算，实际路程会更长。',
    en: 'Distances are straight lines; the road is longer.',
  },
  changed: {
    zh: '已手动调整顺序：比推荐路线多{km}公里。',
    en: 'Reordered by hand: {km} km more than the planned route.',
  },
  changedLess: { zh: '已手动调整顺序。', en: 'Reordered by hand.' },
  reset: { zh: '恢复推荐顺序', en: 'Back to the planned order' },
  late: { zh: '晚于约定时间{n}分钟', en: '{n} min after the appointment' },
  lateWarn: {
    zh: '{n}处晚于约定时间，请调整顺序。',
    en: '{n} stop(s) after their appointment: reorder.',
  },
  arrive: { zh: '约{time}到达', en: 'arrive about {time}' },
  wait: { zh: '，等候至{time}', en: ', wait until {time}' },
  window: { zh: '约定{from}–{to}', en: 'appointment {from}–{to}' },
  up: { zh: '上移', en: 'Move up' },
  down: { zh: '下移', en: 'Move down' },
  navigate: { zh: '导航', en: 'Navigate' },
  amap: { zh: '高德地图', en: 'AMap' },
  baidu: { zh: '百度地图', en: 'Baidu Maps' },
  tencent: { zh: '腾讯地图', en: 'Tencent Maps' },
  unplaced: { zh: '今天排不进的任务', en: 'Cannot be fitted today' },
  window_closed: { zh: '约定时间已过', en: 'the appointment has passed' },
  day_too_short: { zh: '今天来不及', en: 'not enough time today' },
  conflict: { zh: '与其他约定时间冲突', en: 'clashes with other appointments' },
  failed: {
    zh: '路线规划失败，请减少任务后重试。',
    en: 'The route could not be planned: try fewer tasks.',
  },
  planMs: { zh: '规划用时{ms}毫秒', en: 'planned in {ms} ms' },
  mapFailed: {
    zh: '地图未能加载，路线见下方列表。',
    en: 'The map did not load; the route is listed below.',
  },
});
