/**
 * The spot picker, for "能否在此开店？" and the 新办 form's location: search an address or a
 * shop, use the phone's position, or tap the map / drag the pin; the county follows the spot
 * (core's county rule, asked of the worker). Typed WGS-84 coordinates stay available, folded
 * away, for staff-like users. Works without the map (no WebGL): search and position still set
 * the spot. maplibre loads only when a picker opens.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SaturationLevel } from '@core/saturation';
import { api, read } from '../../app/api';
import { t } from '../../app/i18n';
import { Loading } from '../../app/ui';
import type { PickerHandle } from './picker-engine';
import { PickerCounty, useCountyOf } from './picker-county';
import { PickerSearch } from './picker-search';
import { parsePoint, type SpotValue } from './picker-point';
import { P } from './picker.strings';
import './picker.css';

export type { SpotValue };

export interface SpotPickerProps {
  value: SpotValue;
  /** A moved spot clears the county (`county: ''`) until the worker has placed it. */
  onChange: (v: Partial<SpotValue>) => void;
  /** The layout check at the spot, drawn around the pin. */
  check?: {
    gridId: string | null;
    tone: SaturationLevel | null;
    nearest: { lat: number; lng: number }[];
  } | null;
  errors?: { lat?: string | undefined; lng?: string | undefined; county?: string | undefined };
  /** Ids of the coordinate inputs (the form's own, so its error links find them). */
  ids?: { lat: string; lng: string };
}

export function SpotPicker(p: SpotPickerProps) {
  const box = useRef<HTMLDivElement>(null);
  const engine = useRef<PickerHandle | null>(null);
  const [mapState, setMapState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [locating, setLocating] = useState(false);
  const [geoFailed, setGeoFailed] = useState(false);
  const point = parsePoint(p.value.lat, p.value.lng);
  const county = useCountyOf(point);
  const ids = p.ids ?? { lat: 'picker-lat', lng: 'picker-lng' };
  // The latest onChange, for the map's callbacks made once.
  const change = useRef(p.onChange);
  change.current = p.onChange;

  const moveTo = (lat: number, lng: number) =>
    change.current({ lat: lat.toFixed(6), lng: lng.toFixed(6), county: '' });

  useEffect(() => {
    let live = true;
    Promise.all([
      read(api.map.outlines.$get()),
      read(api.map.config.$get()),
      import('./picker-engine'),
    ])
      .then(([o, cfg, mod]) => {
        if (!live || !box.current) return;
        engine.current = mod.createPicker(box.current, o.counties, cfg.basemap, moveTo);
        setMapState('ready');
      })
      .catch(() => live && setMapState('failed'));
    return () => {
      live = false;
      engine.current?.destroy();
      engine.current = null;
    };
  }, []);

  // The pin follows the spot, however it was chosen.
  const key = point ? `${point.lat},${point.lng}` : '';
  useEffect(() => {
    if (!engine.current) return;
    if (point) engine.current.setPoint(point.lat, point.lng);
    else engine.current.clearPoint();
  }, [key, mapState]);

  useEffect(() => {
    if (!engine.current) return;
    if (p.check && point) engine.current.showCheck(p.check);
    else engine.current.clearCheck();
  }, [p.check, mapState]);

  // The county follows the spot: the rule's choice, unless the form holds another it allows.
  const found = county.kind === 'found' ? county.answer : null;
  useEffect(() => {
    if (!found) return;
    if (!found.candidates.some((c) => c.code === p.value.county)) {
      change.current({ county: found.county.code });
    }
  }, [found, p.value.county]);

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setGeoFailed(true);
      return;
    }
    setLocating(true);
    setGeoFailed(false);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        // Six decimals ≈ 0.1 m: more only pretends a precision a phone GPS does not have.
        moveTo(pos.coords.latitude, pos.coords.longitude);
      },
      () => {
        setLocating(false);
        setGeoFailed(true);
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  return (
    <div class="map-picker-tool" data-testid="picker">
      <PickerSearch onChoose={(h) => moveTo(h.lat, h.lng)} />
      <div class="map-picker">
        <div
          ref={box}
          class="map"
          role="application"
          aria-label={t(P.mapLabel)}
          data-testid="picker-map"
          data-ready={mapState === 'ready' ? 'yes' : 'no'}
        />
        {/* On a slow connection the map takes a while: say so rather than show an empty box. */}
        {mapState === 'loading' && (
          <div class="map-picker-loading">
            <Loading label={P.mapLoading} />
          </div>
        )}
      </div>
      {mapState === 'failed' ? (
        <p class="hint">{t(P.mapFailed)}</p>
      ) : (
        <p class="hint">{t(P.tapHint)}</p>
      )}
      <button
        type="button"
        class="btn btn-block"
        onClick={locate}
        disabled={locating}
        data-testid="use-location"
      >
        <svg
          viewBox="0 0 24 24"
          width="20"
          height="20"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        >
          <path d="M12 22s7-6.2 7-12a7 7 0 0 0-14 0c0 5.8 7 12 7 12z" />
          <circle cx="12" cy="10" r="2.5" />
        </svg>{' '}
        {t(locating ? P.locating : P.locate)}
      </button>
      {geoFailed && (
        <p class="error" role="alert">
          {t(P.noGeo)}
        </p>
      )}
      <PickerCounty
        state={county}
        county={p.value.county}
        onCounty={(code) => change.current({ county: code })}
        error={p.errors?.county}
      />
      <details
        class="map-picker-coords"
        data-testid="picker-coords"
        open={mapState === 'failed' || !!p.errors?.lat || !!p.errors?.lng}
      >
        <summary>{t(P.coords)}</summary>
        <div class="field-pair">
          {(['lat', 'lng'] as const).map((k) => (
            <div class="field" key={k}>
              <label for={ids[k]}>{t(P[k])}</label>
              <input
                id={ids[k]}
                name={k}
                inputMode="decimal"
                value={p.value[k]}
                aria-invalid={p.errors?.[k] ? true : undefined}
                onInput={(e) =>
                  change.current({ [k]: (e.target as HTMLInputElement).value, county: '' })
                }
              />
              {p.errors?.[k] && (
                <p class="error" role="alert">
                  {p.errors[k]}
                </p>
              )}
            </div>
          ))}
        </div>
      </details>
    </div>
  );
}
