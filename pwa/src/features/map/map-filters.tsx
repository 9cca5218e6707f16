/**
 * Filters of the staff map: county (the map zooms to it; 全市 shows the whole city again),
 * licence status, saturation colour.
 */
import { SATURATION_LABELS, SATURATION_LEVELS } from '@core/saturation';
import { t } from '../../app/i18n';
import { type MapData, type MapFilters } from './map-data';
import { LICENCE_STATUS_LABELS } from '@core/business-types';
import { labelOf } from '../../app/format';
import { S } from './map.strings';

const toggle = <T,>(list: T[], v: T): T[] =>
  list.includes(v) ? list.filter((x) => x !== v) : [...list, v];

export function MapFiltersForm(props: {
  data: Pick<MapData, 'counties' | 'statuses'>;
  value: MapFilters;
  onChange: (f: MapFilters) => void;
  /** A county chosen, or null for the whole city: filters and zooms. */
  onCounty: (code: string | null) => void;
}) {
  const { data, value, onChange, onCounty } = props;
  return (
    <form class="map-filters" aria-label={t(S.filters)} onSubmit={(e) => e.preventDefault()}>
      <div class="map-county">
        <label for="map-county">{t(S.county)}</label>
        <div class="map-county-row">
          <select
            id="map-county"
            data-testid="filter-county"
            value={value.counties?.[0] ?? ''}
            onChange={(e) => onCounty((e.target as HTMLSelectElement).value || null)}
          >
            <option value="">{t(S.allCounties)}</option>
            {data.counties.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="btn btn-small"
            onClick={() => onCounty(null)}
            data-testid="map-whole-city"
          >
            {t(S.wholeCity)}
          </button>
        </div>
      </div>
      <fieldset>
        <legend>{t(S.status)}</legend>
        {data.statuses.map((s) => (
          <label key={s} class="check">
            <input
              type="checkbox"
              checked={value.statuses.includes(s)}
              onChange={() => onChange({ ...value, statuses: toggle(value.statuses, s) })}
            />
            {labelOf(LICENCE_STATUS_LABELS, s)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t(S.colour)}</legend>
        {SATURATION_LEVELS.map((l) => (
          <label key={l} class="check">
            <input
              type="checkbox"
              checked={value.levels.includes(l)}
              onChange={() => onChange({ ...value, levels: toggle(value.levels, l) })}
            />
            <span class={`sat-dot sat-${l}`} aria-hidden="true" /> {t(SATURATION_LABELS[l])}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
