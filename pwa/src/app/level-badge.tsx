/** A grid's saturation (green / yellow / red) in colour and words (WCAG 1.4.1), for every role. */
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
