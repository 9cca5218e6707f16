/** A rating level as coloured text, for staff lists and the case page. */
import { RATING_LEVEL_LABELS, isBadRating, type RatingLevel } from '@core/ratings';
import { t } from '../../app/i18n';

export function LevelText({ level }: { level: RatingLevel }) {
  const tone = isBadRating(level) ? 'bad' : level === 'basic' ? 'fair' : 'good';
  return (
    <span class={`followups-level followups-level-${tone}`}>{t(RATING_LEVEL_LABELS[level])}</span>
  );
}
