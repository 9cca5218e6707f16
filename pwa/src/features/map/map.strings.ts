import { dict } from '../../app/i18n';

export const S = dict({
  title: { zh: '许可地图', en: 'Licence map' },
  loadingMap: { zh: '正在加载地图与零售户数据…', en: 'Loading the map and retailers…' },
  mapFailed: {
    zh: '地图组件加载失败。请检查网络连接，或确认浏览器支持 WebGL。',
    en: 'The map could not load. Check the network, or whether the browser supports WebGL.',
  },
  mapLabel: { zh: '零售户与市场单元饱和度地图', en: 'Map of retailers and grid saturation' },
  noBasemap: {
    zh: '未配置底图：显示纯色背景与县级行政区轮廓（由本系统网格数据生成）。',
    en: 'No basemap configured: plain background with county outlines drawn from our grid data.',
  },
  filters: { zh: '筛选', en: 'Filters' },
  county: { zh: '县级行政区', en: 'County' },
  allCounties: { zh: '全部', en: 'All' },
  status: { zh: '许可证状态', en: 'Licence status' },
  colour: { zh: '饱和度', en: 'Saturation' },
  live: { zh: '实时连接', en: 'Live' },
  connecting: { zh: '正在连接…', en: 'Connecting…' },
  offline: { zh: '连接中断，正在重连', en: 'Disconnected, reconnecting' },
  recent: { zh: '实时动态', en: 'Live changes' },
  grid: { zh: '市场单元', en: 'Market grid' },
  capacity: { zh: '合理承载量', en: 'Capacity' },
  count: { zh: '现有零售户（有效+暂停）', en: 'Retailers (active + suspended)' },
  free: { zh: '空余名额', en: 'Free places' },
  queue: { zh: '轮候申请', en: 'Queue' },
  formula: { zh: '计算过程', en: 'How it was computed' },
  override: { zh: '人工调整', en: 'Manual override' },
  retailers: { zh: '本单元零售户', en: 'Retailers in this grid' },
  licence: { zh: '许可证', en: 'Licence' },
  holder: { zh: '持证人', en: 'Holder' },
  validity: { zh: '有效期', en: 'Valid' },
  address: { zh: '经营地址', en: 'Address' },
  history: { zh: '办理记录', en: 'History' },
  none: { zh: '无', en: 'None' },
  close: { zh: '关闭', en: 'Close' },
  pick: { zh: '点击网格或零售户查看详情。', en: 'Click a grid or a retailer for details.' },
});

export const STATUS_TEXT: Record<string, { zh: string; en: string }> = {
  active: { zh: '有效', en: 'Active' },
  suspended: { zh: '暂停', en: 'Suspended' },
  cancelled: { zh: '注销', en: 'Cancelled' },
  expired: { zh: '到期', en: 'Expired' },
};
