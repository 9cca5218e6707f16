/**
 * The day's stops in visiting order: number (the drag handle: finger or mouse onto another
 * stop), arrival and wait, the appointment, lateness, ↑ ↓ for keyboards, and navigation links.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { TaskView } from '@core/tasks-api';
import { fmt, t } from '../../app/i18n';
import { navLinks } from './nav-links';
import { S } from './route.strings';
import { clock, type DaySchedule } from './schedule';

export function RouteStops(p: {
  day: DaySchedule;
  byId: Map<string, TaskView>;
  today: string;
  onMove: (id: string, to: number) => void;
}) {
  const { day, byId, today } = p;
  const dragging = useRef<string | null>(null);
  const over = useSignal<string | null>(null);
  const order = day.stops.map((s) => s.stopId);
  const move = p.onMove;
  return (
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
                  move(dragging.current, order.indexOf(target));
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
              {s.late > 0 && <span class="error">{fmt(t(S.late), { n: Math.round(s.late) })}</span>}
              <span class="route-nav">
                {t(S.navigate)}：
                <a href={links.amap} target="_blank" rel="noopener" data-testid="nav-amap">
                  {t(S.amap)}
                </a>
                <a href={links.baidu} target="_blank" rel="noopener" data-testid="nav-baidu">
                  {t(S.baidu)}
                </a>
                <a href={links.tencent} target="_blank" rel="noopener" data-testid="nav-tencent">
                  {t(S.tencent)}
                </a>
              </span>
            </div>
            <span class="route-move">
              <button
                type="button"
                class="btn btn-small"
                aria-label={`${t(S.up)} ${x.placeName}`}
                disabled={i === 0}
                onClick={() => move(s.stopId, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="btn btn-small"
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
  );
}
