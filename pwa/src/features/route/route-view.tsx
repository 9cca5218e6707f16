/**
 * 今日路线 (智慧监管): the inspector picks today's tasks — proposed by deadline — and a start
 * (the county bureau or where the phone is); the planner (core/route, in a Web Worker) orders
 * them for the least travel within their appointments; the map numbers the stops. Dragging a
 * stop (or its ↑ ↓ buttons) re-times the day and the totals follow; each stop opens in AMap,
 * Baidu or Tencent maps with its coordinates converted to their systems.
 */
import { useSignal } from '@preact/signals';
import type { RoutePlan, RouteRequest, TravelMatrix } from '@core/route';
import type { TaskView } from '@core/tasks-api';
import weifang from '@core/data/weifang.json';
import { api, opts, read } from '../../app/api';
import { appToday } from '../../app/calendar';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { RouteMap, UnplacedList } from './route-parts';
import { RouteStops } from './route-stops';
import type { RouteAnswer } from './route.worker';
import RouteWorker from './route.worker?worker';
import { clock, scheduleOrder, type DaySchedule } from './schedule';
import './route.css';

import { S } from './route.strings';

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
  // A task whose record awaits the other officer's confirmation has been visited already.
  const routable = tasks.filter((x) => x.lat !== null && x.lng !== null && x.state !== 'recorded');
  const chosen = useSignal<Set<string>>(new Set(routable.slice(0, PROPOSE).map((x) => x.id)));
  const firstCounty = routable[0]?.county.code ?? SEATS[0]!.code;
  const from = useSignal<string>(`office:${firstCounty}`);
  const startTime = useSignal('08:30');
  const busy = useSignal(false);
  const notice = useSignal<string | null>(null);
  const planned = useSignal<Planned | null>(null);
  const order = useSignal<string[]>([]);
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
          <RouteStops day={day} byId={byId} today={today} onMove={move} />
          {p.plan.unplaced.length > 0 && <UnplacedList items={p.plan.unplaced} byId={byId} />}
        </section>
      )}
    </>
  );
}
