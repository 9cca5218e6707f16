/**
 * 今日路线 (智慧监管): the inspector picks today's tasks — proposed by deadline — and a start
 * (the county bureau or where the phone is); the planner (core/route, in a Web Worker) orders
 * them for the least travel within their appointments; the map numbers the stops. Dragging a
 * stop (or its ↑ ↓ buttons) re-times the day and the totals follow; each stop opens in AMap,
 * Baidu or Tencent maps with its coordinates converted to their systems.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { RoutePlan, RouteRequest, TravelMatrix, Unplaced } from '@core/route';
import { convert } from '@core/coords';
import type { TaskView } from '@core/tasks-api';
import weifang from '@core/data/weifang.json';
import { api, opts, read } from '../../app/api';
import { appToday } from '../../app/calendar';
import { formatDate } from '../../app/format';
import { dict, fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import type { RouteMapHandle } from './route-map';
import type { RouteAnswer } from './route.worker';
import RouteWorker from './route.worker?worker';
import { clock, scheduleOrder, type DaySchedule } from './schedule';
import './route.css';

const S = dict({
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

/** Minutes for one on-site check. */
const SERVICE_MINUTES = 20;
/** How many tasks the day proposes. */
const PROPOSE = 12;

/** Each county bureau, at its seat: where an inspector's day may start. */
const SEATS = weifang.units.map((u) => ({
  code: u.code,
  name: u.name,
  seat: [u.seat[0] ?? 0, u.seat[1] ?? 0] as [number, number],
}));

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Navigation links for a stop: each app's own coordinate system (GCJ-02, BD-09). */
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

interface Planned {
  req: RouteRequest;
  matrix: TravelMatrix;
  plan: RoutePlan;
  ms: number;
}

export function RouteView() {
  const res = useResource(
    (signal) =>
      read(api.tasks.$get({ query: { state: 'open', page: 1, pageSize: 100 } }, opts({ signal }))),
    [],
  );
  return (
    <section data-testid="route-view" class="route-view">
      <PageTitle text={S.title} />
      <p class="lead">{t(S.lead)}</p>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={S.noTasks}>
        {(d) => <Planner tasks={d.items} />}
      </Async>
    </section>
  );
}

function Planner({ tasks }: { tasks: TaskView[] }) {
  const routable = tasks.filter((x) => x.lat !== null && x.lng !== null);
  const chosen = useSignal<Set<string>>(new Set(routable.slice(0, PROPOSE).map((x) => x.id)));
  const firstCounty = routable[0]?.county.code ?? SEATS[0]!.code;
  const from = useSignal<string>(`office:${firstCounty}`);
  const startTime = useSignal('08:30');
  const busy = useSignal(false);
  const notice = useSignal<string | null>(null);
  const planned = useSignal<Planned | null>(null);
  const order = useSignal<string[]>([]);
  const dragging = useRef<string | null>(null);
  const over = useSignal<string | null>(null);
  const byId = new Map(tasks.map((x) => [x.id, x]));
  const today = appToday();

  async function startPoint(): Promise<{ lng: number; lat: number }> {
    const [kind, code] = from.value.split(':');
    if (kind === 'here' && 'geolocation' in navigator) {
      notice.value = t(S.locating);
      const p = await new Promise<GeolocationPosition | null>((resolve) =>
        navigator.geolocation.getCurrentPosition(resolve, () => resolve(null), {
          timeout: 8000,
          maximumAge: 60_000,
        }),
      );
      notice.value = null;
      if (p) return { lng: p.coords.longitude, lat: p.coords.latitude };
      notice.value = t(S.noGps);
    }
    const seat = SEATS.find((s) => s.code === code) ?? SEATS.find((s) => s.code === firstCounty);
    return { lng: seat!.seat[0], lat: seat!.seat[1] };
  }

  async function plan() {
    const ids = routable.filter((x) => chosen.value.has(x.id));
    if (ids.length === 0) {
      notice.value = t(S.chooseSome);
      return;
    }
    busy.value = true;
    const start = await startPoint();
    const req: RouteRequest = {
      start: { point: start, time: minutesOf(startTime.value) },
      returnToStart: true,
      stops: ids.map((x) => ({
        id: x.id,
        point: { lng: x.lng!, lat: x.lat! },
        serviceMinutes: SERVICE_MINUTES,
        ...(x.window && x.window.on === today
          ? { window: { from: minutesOf(x.window.from), to: minutesOf(x.window.to) } }
          : {}),
      })),
    };
    const worker = new RouteWorker();
    const answer = await new Promise<RouteAnswer>((resolve) => {
      worker.onmessage = (e: MessageEvent<RouteAnswer>) => resolve(e.data);
      worker.onerror = () => resolve({ ok: false, code: 'ROUTE_FAILED' });
      worker.postMessage(req);
    });
    worker.terminate();
    busy.value = false;
    if (!answer.ok) {
      notice.value = t(S.failed);
      return;
    }
    planned.value = { req, matrix: answer.matrix, plan: answer.plan, ms: answer.ms };
    order.value = answer.plan.visits.map((v) => v.stopId);
  }

  const p = planned.value;
  const day: DaySchedule | null = p ? scheduleOrder(p.req, p.matrix, order.value) : null;
  const best = p
    ? scheduleOrder(
        p.req,
        p.matrix,
        p.plan.visits.map((v) => v.stopId),
      )
    : null;
  const reordered = !!p && order.value.join() !== p.plan.visits.map((v) => v.stopId).join();

  const move = (id: string, to: number) => {
    const list = order.value.filter((x) => x !== id);
    list.splice(Math.max(0, Math.min(list.length, to)), 0, id);
    order.value = list;
  };

  return (
    <>
      <fieldset class="panel route-tasks">
        <legend>
          {t(S.tasks)} <small>{fmt(t(S.chosen), { n: chosen.value.size })}</small>
        </legend>
        <ul class="route-choices">
          {tasks.map((x) => (
            <li key={x.id}>
              <label class="route-check">
                <input
                  type="checkbox"
                  data-testid="route-choice"
                  disabled={x.lat === null || x.lng === null}
                  checked={chosen.value.has(x.id)}
                  onChange={(e) => {
                    const next = new Set(chosen.value);
                    if ((e.target as HTMLInputElement).checked) next.add(x.id);
                    else next.delete(x.id);
                    chosen.value = next;
                  }}
                />
                <span>
                  <strong>{x.placeName}</strong>
                  <small>
                    {x.county.name} · {formatDate(x.dueOn)}
                    {x.window && ` · ${fmt(t(S.window), x.window)}`}
                    {(x.lat === null || x.lng === null) && t(S.noPlace)}
                  </small>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="panel route-start">
        <div class="field">
          <label for="route-from">{t(S.start)}</label>
          <select
            id="route-from"
            data-testid="route-from"
            value={from.value}
            onChange={(e) => (from.value = (e.target as HTMLSelectElement).value)}
          >
            <option value="here:">{t(S.here)}</option>
            {SEATS.map((s) => (
              <option key={s.code} value={`office:${s.code}`}>
                {fmt(t(S.office), { name: s.name })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="route-time">{t(S.startTime)}</label>
          <input
            id="route-time"
            type="time"
            value={startTime.value}
            onInput={(e) => (startTime.value = (e.target as HTMLInputElement).value || '08:30')}
          />
          <p class="hint">{fmt(t(S.service), { n: SERVICE_MINUTES })}</p>
        </div>
        <button
          type="button"
          class="btn"
          data-testid="route-plan"
          disabled={busy.value}
          onClick={() => void plan()}
        >
          {t(busy.value ? S.planning : S.plan)}
        </button>
        {notice.value && (
          <p class="notice" role="status" data-testid="route-notice">
            {notice.value}
          </p>
        )}
      </div>
      {p && day && best && (
        <section class="panel route-result" data-testid="route-result">
          <p
            class="route-totals"
            data-testid="route-totals"
            data-metres={Math.round(day.totalMetres)}
          >
            <strong>
              {fmt(t(S.totals), {
                n: day.stops.length,
                km: (day.totalMetres / 1000).toFixed(1),
                min: Math.round(day.travelMinutes),
                end: clock(day.end),
              })}
            </strong>
          </p>
          <p class="hint">
            {t(S.straight)} {fmt(t(S.planMs), { ms: Math.max(1, Math.round(p.ms)) })}
          </p>
          {reordered && (
            <p class="notice" data-testid="route-reordered">
              {day.totalMetres > best.totalMetres
                ? fmt(t(S.changed), {
                    km: ((day.totalMetres - best.totalMetres) / 1000).toFixed(1),
                  })
                : t(S.changedLess)}{' '}
              <button
                type="button"
                class="btn-link"
                onClick={() => (order.value = p.plan.visits.map((v) => v.stopId))}
              >
                {t(S.reset)}
              </button>
            </p>
          )}
          {day.lateStops > 0 && (
            <p class="error" role="alert">
              {fmt(t(S.lateWarn), { n: day.lateStops })}
            </p>
          )}
          <RouteMap start={p.req.start.point} day={day} byId={byId} />
          <ol class="route-stops" data-testid="route-stops">
            {day.stops.map((s, i) => {
              const x = byId.get(s.stopId);
              if (!x) return null;
              const links = navLinks(x.lng!, x.lat!, x.placeName);
              return (
                <li
                  key={s.stopId}
                  class={`route-stop${over.value === s.stopId ? ' route-stop-over' : ''}`}
                  data-testid="route-stop"
                  data-stop={s.stopId}
                >
                  {/* The number is the handle: drag it (finger or mouse) onto another stop. */}
                  <span
                    class="route-no"
                    aria-hidden="true"
                    data-testid="route-handle"
                    onPointerDown={(e) => {
                      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
                      dragging.current = s.stopId;
                    }}
                    onPointerMove={(e) => {
                      if (!dragging.current) return;
                      const li = document
                        .elementFromPoint(e.clientX, e.clientY)
                        ?.closest<HTMLElement>('[data-stop]');
                      over.value = li?.dataset.stop ?? null;
                    }}
                    onPointerUp={() => {
                      const target = over.value;
                      if (dragging.current && target && target !== dragging.current) {
                        move(dragging.current, order.value.indexOf(target));
                      }
                      dragging.current = null;
                      over.value = null;
                    }}
                    onPointerCancel={() => {
                      dragging.current = null;
                      over.value = null;
                    }}
                  >
                    {i + 1}
                  </span>
                  <div class="route-stop-body">
                    <strong>{x.placeName}</strong>
                    <span class="route-addr">{x.address}</span>
                    <span>
                      {fmt(t(S.arrive), { time: clock(s.arrival) })}
                      {s.begin > s.arrival && fmt(t(S.wait), { time: clock(s.begin) })}
                      {x.window && x.window.on === today && ` · ${fmt(t(S.window), x.window)}`}
                    </span>
                    {s.late > 0 && (
                      <span class="error">{fmt(t(S.late), { n: Math.round(s.late) })}</span>
                    )}
                    <span class="route-nav">
                      {t(S.navigate)}：
                      <a href={links.amap} target="_blank" rel="noopener" data-testid="nav-amap">
                        {t(S.amap)}
                      </a>
                      <a href={links.baidu} target="_blank" rel="noopener" data-testid="nav-baidu">
                        {t(S.baidu)}
                      </a>
                      <a
                        href={links.tencent}
                        target="_blank"
                        rel="noopener"
                        data-testid="nav-tencent"
                      >
                        {t(S.tencent)}
                      </a>
                    </span>
                  </div>
                  <span class="route-move">
                    <button
                      type="button"
                      class="btn secondary btn-small"
                      aria-label={`${t(S.up)} ${x.placeName}`}
                      disabled={i === 0}
                      onClick={() => move(s.stopId, i - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="btn secondary btn-small"
                      aria-label={`${t(S.down)} ${x.placeName}`}
                      disabled={i === day.stops.length - 1}
                      onClick={() => move(s.stopId, i + 1)}
                    >
                      ↓
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          {p.plan.unplaced.length > 0 && <UnplacedList items={p.plan.unplaced} byId={byId} />}
        </section>
      )}
    </>
  );
}

function UnplacedList({ items, byId }: { items: Unplaced[]; byId: Map<string, TaskView> }) {
  return (
    <div class="route-unplaced" data-testid="route-unplaced">
      <h3>{t(S.unplaced)}</h3>
      <ul>
        {items.map((u) => (
          <li key={u.stopId}>
            {byId.get(u.stopId)?.placeName ?? u.stopId}：{t(S[u.reason])}
          </li>
        ))}
      </ul>
    </div>
  );
}

function RouteMap(p: {
  start: { lng: number; lat: number };
  day: DaySchedule;
  byId: Map<string, TaskView>;
}) {
  const box = useRef<HTMLDivElement>(null);
  const engine = useRef<RouteMapHandle | null>(null);
  const failed = useSignal(false);
  const ready = useSignal(false);
  useEffect(() => {
    let live = true;
    Promise.all([read(api.map.outlines.$get()), read(api.map.config.$get()), import('./route-map')])
      .then(([o, cfg, mod]) => {
        if (!live || !box.current) return;
        engine.current = mod.createRouteMap(box.current, o.counties, cfg.basemap);
        ready.value = true;
      })
      .catch(() => live && (failed.value = true));
    return () => {
      live = false;
      engine.current?.destroy();
      engine.current = null;
    };
  }, []);
  const key = p.day.stops.map((s) => s.stopId).join();
  useEffect(() => {
    engine.current?.show(
      [p.start.lng, p.start.lat],
      p.day.stops.map((s, i) => {
        const x = p.byId.get(s.stopId)!;
        return {
          lngLat: [x.lng!, x.lat!] as [number, number],
          label: String(i + 1),
          late: s.late > 0,
        };
      }),
    );
  }, [key, ready.value]);
  if (failed.value) return <p class="notice">{t(S.mapFailed)}</p>;
  return <div class="route-map" ref={box} data-testid="route-map" />;
}
