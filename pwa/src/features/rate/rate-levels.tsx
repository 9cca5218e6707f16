/**
 * The five levels of 好差评 as big buttons (a radio group): one row per indicator, best first,
 * each button wide enough for a thumb and its name in full.
 */
import { RATING_LEVEL_LABELS, RATING_LEVELS, type RatingLevel } from '@core/ratings';
import { t } from '../../app/i18n';

/** A face drawn as SVG strokes, smile to frown: no emoji font needed. */
function Face({ level }: { level: RatingLevel }) {
  const mouth: Record<RatingLevel, string> = {
    very_satisfied: 'M7 13.5 Q12 19 17 13.5',
    satisfied: 'M8 14 Q12 17 16 14',
    basic: 'M8 15 L16 15',
    dissatisfied: 'M8 16.5 Q12 13.5 16 16.5',
    very_dissatisfied: 'M7 17.5 Q12 12 17 17.5',
  };
  return (
    <svg class="rate-face" viewBox="0 0 24 24" aria-hidden="true" width="28" height="28">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.6" />
      <circle cx="8.5" cy="9.5" r="1.2" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.2" fill="currentColor" />
      <path d={mouth[level]} fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}

/** 非常不满意 breaks as 非常 / 不满意 on a narrow button, never as 非常不满 / 意. */
function breakable(label: string) {
  const m = /^(非常|基本)(.+)$/.exec(label);
  return m ? (
    <>
      {m[1]}
      <wbr />
      {m[2]}
    </>
  ) : (
    label
  );
}

export function LevelPicker(p: {
  name: string;
  legend: string;
  value: RatingLevel | null;
  onChange: (l: RatingLevel) => void;
  invalid?: boolean;
}) {
  return (
    <fieldset class="rate-levels" aria-invalid={p.invalid ? 'true' : undefined}>
      <legend>{p.legend}</legend>
      <div class="rate-level-row" role="radiogroup" aria-label={p.legend}>
        {RATING_LEVELS.map((l) => (
          <button
            key={l}
            type="button"
            role="radio"
            aria-checked={p.value === l}
            class={`rate-level rate-level-${l}`}
            data-testid={`level-${p.name}-${l}`}
            onClick={() => p.onChange(l)}
          >
            <Face level={l} />
            <span class="rate-level-name">{breakable(t(RATING_LEVEL_LABELS[l]))}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** A level as read-only text with its colour (the rating as given). */
export function LevelTag({ level }: { level: RatingLevel }) {
  return (
    <span class={`rate-tag rate-level-${level}`}>
      <Face level={level} />
      {t(RATING_LEVEL_LABELS[level])}
    </span>
  );
}
