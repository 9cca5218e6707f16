/**
 * The rating form (phone first): the overall level and the four online indicators as big
 * buttons, an optional comment and photo, and a confirmation before sending. The rating goes
 * through the offline outbox with its idempotency key, so it reaches the bureau exactly once
 * even when sent without signal; the photo waits on the device and goes up with it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  isBadRating,
  RATING_INDICATOR_LABELS,
  RATING_INDICATORS,
  RATING_LEVEL_LABELS,
  type RatingIndicator,
  type RatingLevel,
} from '@core/ratings';
import { textProblem } from '@core/fields';
import { applicant } from '../../app/auth';
import { fmt, t } from '../../app/i18n';
import { discard, enqueue, outboxDelivered, outboxItems, queuedFor } from '../../app/outbox';
import { Dialog } from '../cases/dialog';
import { PhotoPick } from '../../app/photo-pick';
import { keepPending } from '../apply/pending-photos';
import { LevelPicker } from './rate-levels';
import { R } from './rate.strings';

type Levels = Record<'overall' | RatingIndicator, RatingLevel | null>;
const EMPTY: Levels = {
  overall: null,
  efficiency: null,
  guide: null,
  convenience: null,
  ease: null,
};
const MAX_COMMENT = 500;

export function RateForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [levels, setLevels] = useState<Levels>(EMPTY);
  const [comment, setComment] = useState('');
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const key = useMemo(() => `rate-${crypto.randomUUID()}`, []);

  // The outbox's answer: delivered → the case shows the rating; refused → say why.
  const queued = queuedFor(caseId, 'rate');
  const delivered = outboxDelivered.value[key] !== undefined;
  useEffect(() => {
    if (delivered) onDone();
  }, [delivered]);
  useEffect(() => {
    if (queued?.state === 'failed' && queued.key === key) {
      setError(queued.error?.message ?? null);
      void discard(key);
    }
  }, [queued?.state, outboxItems.value]);

  const complete = Object.values(levels).every((v) => v !== null);
  const commentProblem = comment && textProblem(comment, true);
  const pick = (k: keyof Levels) => (l: RatingLevel) => setLevels({ ...levels, [k]: l });

  async function send() {
    const me = applicant.value;
    if (!me || !complete) return;
    const body = {
      idempotencyKey: key,
      overall: levels.overall as RatingLevel,
      indicators: Object.fromEntries(RATING_INDICATORS.map((k) => [k, levels[k]])) as Record<
        RatingIndicator,
        RatingLevel
      >,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    };
    const deviceKey = `${key}:ratingPhoto`;
    if (photo) await keepPending(deviceKey, photo);
    setConfirming(false);
    await enqueue({
      key,
      request: { kind: 'rate', caseId, body },
      ownerId: me.id,
      tag: caseId,
      ...(photo ? { photos: { ratingPhoto: deviceKey } } : {}),
    });
  }

  if (queued && queued.state === 'waiting') {
    return (
      <p class="notice" role="status" data-testid="rate-queued">
        {t(R.queued)}
      </p>
    );
  }
  const bad = levels.overall && isBadRating(levels.overall);
  return (
    <form
      class="form rate-form"
      data-testid="rate-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (complete && !commentProblem) setConfirming(true);
      }}
    >
      <LevelPicker
        name="overall"
        legend={t(R.overall)}
        value={levels.overall}
        onChange={pick('overall')}
        invalid={tried && !levels.overall}
      />
      <h3 class="rate-subhead">{t(R.indicators)}</h3>
      {RATING_INDICATORS.map((k) => (
        <LevelPicker
          key={k}
          name={k}
          legend={t(RATING_INDICATOR_LABELS[k])}
          value={levels[k]}
          onChange={pick(k)}
          invalid={tried && !levels[k]}
        />
      ))}
      <div class="field">
        <label for="rate-comment">{t(R.comment)}</label>
        <textarea
          id="rate-comment"
          rows={3}
          maxLength={MAX_COMMENT}
          value={comment}
          aria-invalid={commentProblem ? 'true' : undefined}
          aria-describedby="rate-comment-hint"
          onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
        />
        <p class="hint" id="rate-comment-hint">
          {t(R.commentHint)} {comment.length}/{MAX_COMMENT}
        </p>
      </div>
      <PhotoPick
        label={R.photo}
        pick={R.photoPick}
        remove={R.photoRemove}
        alt={R.photoAlt}
        photo={photo}
        onChange={setPhoto}
        testId="rate-photo"
      />
      {tried && !complete && (
        <p class="error" role="alert">
          {t(R.missing)}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="rate-error">
          {error}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-block" data-testid="rate-submit">
        {t(R.submit)}
      </button>
      {confirming && (
        <Dialog
          title={t(R.confirmTitle)}
          submitText={t(R.submit)}
          onClose={() => setConfirming(false)}
          onSubmit={() => void send()}
          testId="rate-confirm"
        >
          <p>{t(R.confirmBody)}</p>
          {bad && levels.overall && (
            <p>{fmt(t(R.confirmBad), { level: t(RATING_LEVEL_LABELS[levels.overall]) })}</p>
          )}
        </Dialog>
      )}
    </form>
  );
}
