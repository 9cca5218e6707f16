/** A grid's saturation (green / yellow / red) in colour and words (WCAG 1.4.1), for every role. */
import { GRID_STANDING_LABELS, type GridStanding } from '@core/layout';
import { SATURATION_LABELS, type SaturationLevel } from '@core/saturation';
import { t } from './i18n';

export function LevelBadge({ level }: { level: SaturationLevel }) {
  return (
    <span class={`badge sat sat-${level}`} data-level={level}>
      <span class="sat-dot" aria-hidden="true" />
      {t(SATURATION_LABELS[level])}
    </span>
  );
}

/**
 * Where a new application stands in its grid, beside a layout verdict: colour and words from
 * the one rule in core (GRID_STANDING_LABELS), so they cannot contradict the verdict.
 */
export function StandingBadge({ standing }: { standing: GridStanding }) {
  const s = GRID_STANDING_LABELS[standing];
  return (
    <span class={`badge sat sat-${s.tone}`} data-level={s.tone} data-standing={standing}>
      <span class="sat-dot" aria-hidden="true" />
      {t(s)}
    </span>
  );
}
