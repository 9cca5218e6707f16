/**
 * Links that open a stop in the phone's map app, each in its own coordinate system: AMap and
 * Tencent use GCJ-02, Baidu BD-09 (converted from our WGS-84 with gcoord, core/coords).
 */
import { convert } from '@core/coords';

export function navLinks(lng: number, lat: number, name: string) {
  const [gx, gy] = convert(lng, lat, 'WGS84', 'GCJ02');
  const [bx, by] = convert(lng, lat, 'WGS84', 'BD09');
  const n = encodeURIComponent(name);
  const f = (v: number) => v.toFixed(6);
  return {
    amap: `https://uri.amap.com/navigation?to=${f(gx)},${f(gy)},${n}&mode=car&coordinate=gaode&callnative=1`,
    baidu: `https://api.map.baidu.com/direction?destination=latlng:${f(by)},${f(bx)}|name:${n}&coord_type=bd09ll&mode=driving&output=html&src=xuke`,
    tencent: `https://apis.map.qq.com/uri/v1/routeplan?type=drive&to=${n}&tocoord=${f(gy)},${f(gx)}&referer=xuke`,
  };
}
