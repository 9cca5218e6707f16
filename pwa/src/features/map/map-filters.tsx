/** Filters of the staff map: county, licence status, saturation colour. */
import { SATURATION_LABELS, SATURATION_LEVELS } from '@core/saturation';
import { t } from '../../app/i18n';
import { type MapData, type MapFilters } from './map-data';
import { S, STATUS_TEXT } from './map.strings';

const toggle = <T,>(list: T[], v: T): T[] =>
  list.includes(v) ? list.filter((x) => x !== v) : [...list, v];

export function MapFiltersForm(props: {
  data: Pick<MapData, 'counties' | 'statuses'>;
  value: MapFilters;
  onChange: (f: MapFilters) => void;
}) {
  const { data, value, onChange } = props;
  return (
    <form class="map-filters" aria-label={t(S.filters)} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t(S.county)}
        <select
          data-testid="filter-county"
          value={value.counties?.[0] ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            onChange({ ...value, counties: v ? [v] : null });
          }}
        >
          <option value="">{t(S.allCounties)}</option>
          {data.counties.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t(S.status)}</legend>
        {data.statuses.map((s) => (
          <label key={s} class="check">
            <input
              type="checkbox"
              checked={value.statuses.includes(s)}
              onChange={() => onChange({ ...value, statuses: toggle(value.statuses, s) })}
            />
            {t(STATUS_TEXT[s] ?? { zh: s, en: s })}
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
