/** The day route's map (numbered stops) and the tasks that could not be fitted. */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Unplaced } from '@core/route';
import type { TaskView } from '@core/tasks-api';
import { api, read } from '../../app/api';
import { t } from '../../app/i18n';
import type { RouteMapHandle } from './route-map';
import { S } from './route.strings';
import type { DaySchedule } from './schedule';

export function UnplacedList({ items, byId }: { items: Unplaced[]; byId: Map<string, TaskView> }) {
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

export function RouteMap(p: {
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
