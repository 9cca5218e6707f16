/** The spot picker's words: search, the pin, the county it sets, coordinates for staff. */
import { dict } from '../../app/i18n';

export const P = dict({
  searchLabel: { zh: '搜索地址或店名', en: 'Search an address or a shop' },
  searchPlaceholder: {
    zh: '如：胜利东街、冶源镇、某某便利店',
    en: 'e.g. a road, a township or a shop name',
  },
  search: { zh: '搜索', en: 'Search' },
  searching: { zh: '正在搜索…', en: 'Searching…' },
  noHits: {
    zh: '没有找到“{q}”。换个说法试试，或直接在地图上点选。',
    en: 'Nothing found for “{q}”. Try other words, or tap the map.',
  },
  tooShort: { zh: '请至少输入两个字。', en: 'Type at least two characters.' },
  hitsTitle: { zh: '点一下结果，地图上就会标出位置', en: 'Tap a result to mark it on the map' },
  mapLabel: {
    zh: '地图：点一下选择店铺位置，也可以拖动红色标记',
    en: 'Map: tap to choose the shop’s spot, or drag the red pin',
  },
  tapHint: {
    zh: '在地图上点一下店铺所在位置，或拖动红色标记。',
    en: 'Tap the shop’s spot on the map, or drag the red pin.',
  },
  locate: { zh: '使用当前位置', en: 'Use my current location' },
  locating: { zh: '正在定位…', en: 'Finding your location…' },
  noGeo: {
    zh: '无法获取当前位置。请在手机设置里允许定位，或搜索地址、在地图上点选。',
    en: 'Your location is unavailable. Allow location access, or search, or tap the map.',
  },
  countyLabel: { zh: '所在区县', en: 'County' },
  countyAuto: { zh: '（按所选位置自动确定）', en: '(set from the spot you chose)' },
  countyPending: { zh: '选好位置后自动确定', en: 'set once you choose a spot' },
  countyResolving: { zh: '正在确定…', en: 'Working it out…' },
  countyAmbiguous: {
    zh: '这里靠近区县交界，请选择店铺所属的区县：',
    en: 'This spot is near a county border: choose the shop’s county.',
  },
  countyChoose: { zh: '请选择区县', en: 'Choose the county' },
  countyOffline: {
    zh: '暂时无法按位置确定区县，请自行选择：',
    en: 'The county cannot be set from the spot right now: choose it.',
  },
  chosen: { zh: '已选位置', en: 'Chosen spot' },
  coords: { zh: '输入坐标（工作人员使用）', en: 'Enter coordinates (for staff)' },
  lat: { zh: '纬度（WGS-84）', en: 'Latitude (WGS-84)' },
  lng: { zh: '经度（WGS-84）', en: 'Longitude (WGS-84)' },
  mapLoading: { zh: '正在加载地图…', en: 'Loading the map…' },
  mapFailed: {
    zh: '地图无法显示。可以搜索地址，或使用当前位置。',
    en: 'The map cannot be shown. Search an address or use your location instead.',
  },
});
