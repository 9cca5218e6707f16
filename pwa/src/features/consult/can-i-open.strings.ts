/** Texts of "能否在此开店？", including one sentence per reason code of the layout verdict. */
import type { LayoutReason } from '@core/layout';
import { dict, fmt, t } from '../../app/i18n';

export const S = dict({
  title: { zh: '能否在此开店？', en: 'Can I open here?' },
  link: { zh: '能否在此开店？选址查询', en: 'Can I open here? Check a location' },
  linkSub: {
    zh: '在地图上选点或使用当前位置，查看所在市场单元的饱和度、周边零售户与学校距离。',
    en: 'Pick a spot or use your location: see the grid’s saturation, nearby retailers and schools.',
  },
  intro: {
    zh: '结果仅供参考，以正式受理后的审查为准。',
    en: 'For guidance only: the formal review after acceptance decides.',
  },
  checking: { zh: '正在查询该位置…', en: 'Checking the spot…' },
  pickFirst: {
    zh: '搜索地址、使用当前位置或在地图上点一下，就能看到该位置能否开店。',
    en: 'Search an address, use your location or tap the map to see whether a shop may open there.',
  },
  ok: {
    zh: '可以申请：该位置目前符合布局要求。',
    en: 'You may apply: the spot meets the layout rules today.',
  },
  queue: {
    zh: '需要轮候：该市场单元目前没有空余名额，申请将按受理顺序排队。',
    en: 'Queue: the grid has no place free now; applications wait their turn.',
  },
  refused: { zh: '不符合布局要求：', en: 'Does not meet the layout rules:' },
  nearest: { zh: '最近的零售户', en: 'Nearest retailers' },
  noneNearby: { zh: '附近没有其他零售户。', en: 'No other retailer nearby.' },
  metres: { zh: '{n} 米', en: '{n} m' },
});

const R = dict({
  grid_free: {
    zh: '所在市场单元尚有 {free} 个空余名额。',
    en: '{free} free place(s) in the grid.',
  },
  grid_full: {
    zh: '所在市场单元已满，目前有 {queue} 件申请在轮候。',
    en: 'The grid is full; {queue} application(s) waiting.',
  },
  grid_taken: {
    zh: '所在市场单元还剩 {free} 个名额，但已有 {queue} 件申请在排队，新申请需轮候。',
    en: '{free} place(s) left in the grid, but {queue} application(s) already wait for them.',
  },
  grid_no_places: {
    zh: '所在市场单元尚未核定名额（合理承载量为 0），暂不能新增零售户；目前有 {queue} 件申请在轮候。',
    en: 'No places have been set for this grid (capacity 0): no new retailer for now; {queue} application(s) waiting.',
  },
  no_grid: {
    zh: '该位置尚无零售户，将新建市场单元。',
    en: 'No retailer here yet: a new grid would be created.',
  },
  too_close_retailer: {
    zh: '距最近的零售户“{name}”仅 {d} 米，少于最小间距 {min} 米。',
    en: 'Only {d} m from “{name}”, under the {min} m minimum spacing.',
  },
  school_zone: {
    zh: '距“{name}”仅 {d} 米，位于中小学、幼儿园周边 {min} 米禁设范围内。',
    en: '{d} m from “{name}”: inside the {min} m no-licence zone around schools.',
  },
  spacing_ok: {
    zh: '与最近零售户的距离符合最小间距 {min} 米。',
    en: 'Meets the {min} m minimum spacing.',
  },
  school_ok: {
    zh: '{min} 米内没有中小学或幼儿园。',
    en: 'No school or kindergarten within {min} m.',
  },
});

export function reasonText(r: LayoutReason): string {
  switch (r.code) {
    case 'grid_free':
      return fmt(t(R.grid_free), { free: r.free });
    case 'grid_full':
      return fmt(t(R.grid_full), { queue: r.queue });
    case 'grid_taken':
      return fmt(t(R.grid_taken), { free: r.free, queue: r.queue });
    case 'grid_no_places':
      return fmt(t(R.grid_no_places), { queue: r.queue });
    case 'no_grid':
      return t(R.no_grid);
    case 'too_close_retailer':
      return fmt(t(R.too_close_retailer), {
        name: r.name,
        d: Math.round(r.distanceM),
        min: r.minM,
      });
    case 'school_zone':
      return fmt(t(R.school_zone), { name: r.name, d: Math.round(r.distanceM), min: r.minM });
    case 'spacing_ok':
      return fmt(t(R.spacing_ok), { min: r.minM });
    case 'school_ok':
      return fmt(t(R.school_ok), { min: r.minM });
  }
}
