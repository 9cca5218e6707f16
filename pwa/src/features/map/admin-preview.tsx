/**
 * The recompute's "what if": the colour transitions (绿→黄 12), a no-basemap picture of the grids
 * that would change (fill: new colour, outline: colour now), and the table of changes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RecomputeChange, RecomputePreviewView } from '@core/api';
import { saturationRatio, type SaturationLevel } from '@core/saturation';
import { fmt, t } from '../../app/i18n';
import type * as Geo from './admin-geo';
import { G } from './grid-admin.strings';
import { levelColour } from './map-style';

type Geo = typeof Geo;

const W = 720;
const H = 450;
const TABLE_CAP = 200;

function Swatch({ level }: { level: SaturationLevel }) {
  return (
    <span class="badge" data-level={level}>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: '0.8em',
          height: '0.8em',
          borderRadius: '2px',
          marginRight: '0.25em',
          background: levelColour(level),
        }}
      />
      {t(G[level])}
    </span>
  );
}

const pct = (count: number, capacity: number) => {
  const r = saturationRatio(count, capacity);
  return r === null ? '—' : `${Math.round(r * 100)}%`;
};

function Picture({ geo, changes }: { geo: Geo; changes: RecomputeChange[] }) {
  const shapes = geo.pictureOf(changes, W, H, 12, 10);
  if (!shapes.length) return null;
  return (
    <figure style={{ margin: '0.75rem 0' }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t(G.picture)}
        data-testid="preview-picture"
        style={{ width: '100%', maxWidth: `${W}px`, background: '#f4f6f8', borderRadius: '4px' }}
      >
        {shapes.map((s) => (
          <g key={s.id} data-from={s.from} data-to={s.to}>
            <title>{`${s.id}: ${t(G[s.from])} → ${t(G[s.to])}`}</title>
            {!s.dot && (
              <path
                d={s.d}
                fill={levelColour(s.to)}
                fill-opacity={0.85}
                stroke={levelColour(s.from)}
                stroke-width={1.5}
              />
            )}
            {s.dot && (
              <circle
                cx={s.dot.x}
                cy={s.dot.y}
                r={5}
                fill={levelColour(s.to)}
                stroke={levelColour(s.from)}
                stroke-width={2}
              />
            )}
          </g>
        ))}
      </svg>
      <figcaption class="hint">{t(G.pictureLegend)}</figcaption>
    </figure>
  );
}

export function PreviewView({ preview }: { preview: RecomputePreviewView }) {
  const [geo, setGeo] = useState<Geo | null>(null);
  const [all, setAll] = useState(false);
  useEffect(() => {
    let live = true;
    void import('./admin-geo').then((m) => live && setGeo(m));
    return () => {
      live = false;
    };
  }, []);
  const shifted = preview.changes.filter((c) => c.levelFrom !== c.levelTo);
  const total = Object.values(preview.colourShifts).reduce((s, n) => s + n, 0);
  const rows = (all ? preview.changes : shifted).slice(0, TABLE_CAP);
  return (
    <div class="panel" data-testid="recompute-preview">
      <p>
        {preview.changed === 0
          ? t(G.noChange)
          : fmt(t(G.summary), { grids: preview.grids, changed: preview.changed, shifted: total })}
      </p>
      <h3>{t(G.shifts)}</h3>
      {total === 0 ? (
        <p class="hint">{t(G.noShift)}</p>
      ) : (
        <ul class="button-row" style={{ listStyle: 'none', padding: 0 }} data-testid="shift-list">
          {(geo?.transitions(preview.colourShifts) ?? []).map((x) => (
            <li key={`${x.from}>${x.to}`} data-shift={`${x.from}>${x.to}`}>
              <Swatch level={x.from} /> → <Swatch level={x.to} /> <strong>{x.n}</strong>
            </li>
          ))}
        </ul>
      )}
      {geo && shifted.length > 0 && (
        <>
          <h3>{t(G.picture)}</h3>
          <Picture geo={geo} changes={shifted} />
          {shifted.length < total && (
            <p class="hint">{fmt(t(G.pictureCapped), { n: shifted.length, total })}</p>
          )}
        </>
      )}
      {preview.changed > 0 && (
        <>
          <label class="switch-label">
            <input
              type="checkbox"
              style={{ width: 'auto', minHeight: 0, marginRight: '0.5rem' }}
              checked={all}
              onChange={(e) => setAll((e.target as HTMLInputElement).checked)}
            />
            {t(G.showAll)}
          </label>
          <p class="hint">
            {fmt(t(G.listed), { n: rows.length, total: all ? preview.changed : total })}
          </p>
          <div class="table-wrap" style={{ maxHeight: '28rem', overflowY: 'auto' }}>
            <table class="table" data-testid="preview-table">
              <thead>
                <tr>
                  <th scope="col">{t(G.grid)}</th>
                  <th scope="col">{t(G.county)}</th>
                  <th scope="col" class="num">
                    {t(G.count)}
                  </th>
                  <th scope="col" class="num">
                    {t(G.capacity)}
                  </th>
                  <th scope="col" class="num">
                    {t(G.saturation)}
                  </th>
                  <th scope="col">{t(G.colour)}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <td class="mono">{c.id}</td>
                    <td>{c.countyName ?? c.county}</td>
                    <td class="num">{c.count}</td>
                    <td class="num">
                      {c.from} → {c.to}
                    </td>
                    <td class="num">
                      {pct(c.count, c.from)} → {pct(c.count, c.to)}
                    </td>
                    <td>
                      <Swatch level={c.levelFrom} /> → <Swatch level={c.levelTo} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
