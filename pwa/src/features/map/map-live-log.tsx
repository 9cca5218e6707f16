/**
 * 实时动态: what changed on the map since it was opened, newest first — when, where (county),
 * which shop or what happened, and the grid's new numbers and colour in words. A line opens
 * its grid on the map.
 */
import { GRID_CHANGE_CAUSE_LABELS, type GridChangeCause } from '@core/live';
import type { SaturationLevel } from '@core/saturation';
import { formatTime } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { LevelBadge } from '../../app/level-badge';
import { S } from './map.strings';

export interface LiveChange {
  seq: number;
  gridId: string;
  county: string;
  level: SaturationLevel;
  count: number;
  capacity: number;
  cause: GridChangeCause | null;
  shopName: string | null;
  /** ISO instant (the server's, or when it arrived for older events). */
  at: string;
}

export function LiveLog(props: {
  changes: LiveChange[];
  countyName: (code: string) => string;
  onGrid: (id: string) => void;
}) {
  return (
    <>
      <h2>{t(S.recent)}</h2>
      {props.changes.length === 0 && <p class="hint">{t(S.logEmpty)}</p>}
      <ul class="plain-list small map-log" data-testid="live-log" aria-live="polite">
        {props.changes.map((c) => (
          <li key={c.seq} data-grid={c.gridId} data-level={c.level}>
            <button type="button" class="map-log-item" onClick={() => props.onGrid(c.gridId)}>
              <span class="map-log-when">
                <time dateTime={c.at}>{formatTime(c.at)}</time> · {props.countyName(c.county)}
              </span>
              <span class="map-log-what">
                {c.shopName && <strong>{c.shopName}</strong>}
                {c.shopName && c.cause && ' · '}
                {c.cause && t(GRID_CHANGE_CAUSE_LABELS[c.cause])}
                {!c.shopName && !c.cause && t(S.grid)}
              </span>
              <span class="map-log-grid">
                {fmt(t(S.gridChange), { count: c.count, capacity: c.capacity })}{' '}
                <LevelBadge level={c.level} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
