/**
 * A rating as given, with its follow-up: the unit's written reply and the applicant's 整改
 * answer (resolved or not, once). Shown on the rating list, the rating page and the case page.
 */
import { useState } from 'preact/hooks';
import {
  RATING_INDICATOR_LABELS,
  RATING_INDICATORS,
  RESOLUTION_LABELS,
  RESOLUTIONS,
  type Resolution,
} from '@core/ratings';
import type { RateableCase, RatingView } from '@core/ratings-api';
import { textProblem } from '@core/fields';
import { api, ApiError, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { fmt, lbl, t } from '../../app/i18n';
import { LevelTag } from './rate-levels';
import { R } from './rate.strings';

export function RatingCard({
  rating,
  onChange,
}: {
  rating: RatingView;
  onChange: (c: RateableCase) => void;
}) {
  const f = rating.followUp;
  return (
    <div class="rate-card" data-testid="rating-card">
      <h3>{t(R.yourRating)}</h3>
      <dl class="rate-given">
        <div>
          <dt>{t(R.overall)}</dt>
          <dd>
            <LevelTag level={rating.overall} />
          </dd>
        </div>
        {RATING_INDICATORS.map((k) => (
          <div key={k}>
            <dt>{t(RATING_INDICATOR_LABELS[k])}</dt>
            <dd>
              <LevelTag level={rating.indicators[k]} />
            </dd>
          </div>
        ))}
      </dl>
      {rating.comment && <p class="rate-comment">“{rating.comment}”</p>}
      <p class="hint">
        {lbl(R.ratedOn)}
        {formatDate(rating.ratedOn)}
      </p>
      {f && (
        <section class="rate-followup" data-testid="rating-followup">
          <h3>{t(R.followUp)}</h3>
          {f.reply ? (
            <>
              <p class="rate-reply-label">{t(R.reply)}</p>
              <blockquote class="rate-reply" data-testid="rating-reply">
                {f.reply}
              </blockquote>
              <p class="hint">
                {fmt(t(R.repliedBy), { name: f.repliedBy ?? '—', date: formatDate(f.repliedOn) })}
              </p>
              {f.resolution ? (
                <p data-testid="rating-resolution">
                  {lbl(R.resolution)}
                  <strong>{t(RESOLUTION_LABELS[f.resolution])}</strong>
                  {f.resolutionComment ? `（${f.resolutionComment}）` : ''}
                </p>
              ) : (
                <ResolutionForm caseId={rating.applicationId} onChange={onChange} />
              )}
            </>
          ) : (
            <p>{fmt(t(R.followUpPending), { date: formatDate(f.dueOn) })}</p>
          )}
        </section>
      )}
    </div>
  );
}

function ResolutionForm({
  caseId,
  onChange,
}: {
  caseId: string;
  onChange: (c: RateableCase) => void;
}) {
  const [choice, setChoice] = useState<Resolution | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = comment && textProblem(comment, true);
  async function send() {
    if (!choice || problem) return;
    setBusy(true);
    setError(null);
    try {
      const res = await read(
        api.my.ratings[':id'].resolution.$post({
          param: { id: caseId },
          json: { resolution: choice, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        }),
      );
      onChange(res.item);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      class="form rate-resolution"
      data-testid="resolution-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <fieldset>
        <legend>{t(R.resolvedQ)}</legend>
        <div class="rate-resolution-row" role="radiogroup" aria-label={t(R.resolvedQ)}>
          {RESOLUTIONS.map((r) => (
            <button
              key={r}
              type="button"
              role="radio"
              aria-checked={choice === r}
              class={`rate-answer rate-answer-${r}`}
              data-testid={`resolution-${r}`}
              onClick={() => setChoice(r)}
            >
              {t(RESOLUTION_LABELS[r])}
            </button>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for={`resolution-comment-${caseId}`}>{t(R.resolutionComment)}</label>
        <textarea
          id={`resolution-comment-${caseId}`}
          rows={2}
          maxLength={300}
          value={comment}
          aria-invalid={problem ? 'true' : undefined}
          onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button
        type="submit"
        class="btn btn-primary"
        disabled={!choice || busy}
        data-testid="resolution-submit"
      >
        {t(R.sendResolution)}
      </button>
    </form>
  );
}
