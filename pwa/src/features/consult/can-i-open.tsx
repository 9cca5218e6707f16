/**
 * 能否在此开店？(consult tab): the applicant finds the spot — by address or shop name, by the
 * phone's position, or on the map — and sees the layout check the submission gate will also
 * run, as soon as the spot and its county are known. maplibre loads only when this screen opens.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LayoutCheckAnswer } from '@core/api';
import { GRID_STANDING_LABELS } from '@core/layout';
import { api, ApiError, errorText, opts, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { StandingBadge } from '../../app/level-badge';
import { ErrorState, PageTitle } from '../../app/ui';
import { SpotPicker, type SpotValue } from '../map/picker-view';
import { parsePoint } from '../map/picker-point';
import { reasonText, S } from './can-i-open.strings';

type Check =
  | { kind: 'none' }
  | { kind: 'checking'; key: string }
  | { kind: 'done'; key: string; result: LayoutCheckAnswer }
  | { kind: 'failed'; key: string; message: string };

export function CanIOpen() {
  const [spot, setSpot] = useState<SpotValue>({ lat: '', lng: '', county: '' });
  const [check, setCheck] = useState<Check>({ kind: 'none' });
  const point = parsePoint(spot.lat, spot.lng);
  // Checked once the picker has placed the spot in a county (it clears the county on a move).
  const key = point && spot.county ? `${spot.county}:${point.lat}:${point.lng}` : '';

  useEffect(() => {
    if (!point || !spot.county) {
      setCheck({ kind: 'none' });
      return;
    }
    const ctl = new AbortController();
    setCheck({ kind: 'checking', key });
    read(
      api.layout.check.$post(
        { json: { lat: point.lat, lng: point.lng, county: spot.county } },
        opts({ signal: ctl.signal }),
      ),
    )
      .then((result) => setCheck({ kind: 'done', key, result }))
      .catch((err: unknown) => {
        if (ctl.signal.aborted) return;
        // Outside the city the picker already says so, in place.
        if (err instanceof ApiError && err.code === 'LOCATION_OUTSIDE_CITY') {
          setCheck({ kind: 'none' });
        } else setCheck({ kind: 'failed', key, message: errorText(err) });
      });
    return () => ctl.abort();
  }, [key]);

  const result = check.kind === 'done' && check.key === key ? check.result : null;
  return (
    <section data-testid="can-i-open">
      <PageTitle text={S.title} />
      <p class="hint">{t(S.intro)}</p>
      <SpotPicker
        value={spot}
        onChange={(v) => setSpot((s) => ({ ...s, ...v }))}
        check={
          result
            ? {
                gridId: result.grid.id,
                tone: GRID_STANDING_LABELS[result.standing].tone,
                nearest: result.nearest,
              }
            : null
        }
      />
      {!point && <p class="hint">{t(S.pickFirst)}</p>}
      {check.kind === 'checking' && (
        <p class="hint" role="status">
          {t(S.checking)}
        </p>
      )}
      {check.kind === 'failed' && <ErrorState message={check.message} />}
      {result && <Verdict r={result} />}
    </section>
  );
}

function Verdict({ r }: { r: LayoutCheckAnswer }) {
  return (
    <div class="panel" data-testid="layout-verdict" data-verdict={r.verdict} aria-live="polite">
      <h2>{t(r.verdict === 'ok' ? S.ok : r.verdict === 'queue' ? S.queue : S.refused)}</h2>
      <StandingBadge standing={r.standing} />
      <ul>
        {r.reasons.map((x, i) => (
          <li key={i}>{reasonText(x)}</li>
        ))}
      </ul>
      <h3>{t(S.nearest)}</h3>
      {r.nearest.length === 0 ? (
        <p class="hint">{t(S.noneNearby)}</p>
      ) : (
        <ul class="plain-list">
          {r.nearest.map((n, i) => (
            <li key={i}>
              {n.name} · {fmt(t(S.metres), { n: Math.round(n.distanceM) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
