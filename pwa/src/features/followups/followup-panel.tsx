/**
 * The rating of a case on its staff page: levels and comment for anyone who may read the case;
 * the rater's name and phone, the follow-up's clock and the written reply form for the
 * county's clerks and approvers who handle it (core/ratings.ts decides, the worker answers).
 */
import { useState } from 'preact/hooks';
import { RATING_INDICATOR_LABELS, RATING_INDICATORS, RESOLUTION_LABELS } from '@core/ratings';
import type { RatingView } from '@core/ratings-api';
import { textProblem } from '@core/fields';
import { api, ApiError, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { fmt, lbl, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Dialog } from '../cases/dialog';
import { LevelText } from './level-text';
import { F } from './followups.strings';
import './followups.css';

export function FollowUpPanel({ caseId }: { caseId: string }) {
  const res = useResource(
    (signal) => read(api.ratings.cases[':id'].$get({ param: { id: caseId } }, opts({ signal }))),
    [caseId],
  );
  if (res.state !== 'ready' || !res.data.rating) return null;
  const { rating, mayReply } = res.data;
  return (
    <section class="panel followups-panel" data-testid="followup-panel">
      <h2>{t(F.panelTitle)}</h2>
      <RatingFacts rating={rating} />
      {rating.followUp && <FollowUpPart rating={rating} mayReply={mayReply} reload={res.reload} />}
    </section>
  );
}

function RatingFacts({ rating }: { rating: RatingView }) {
  return (
    <dl class="facts followups-facts">
      <div class="fact">
        <dt>{t(F.overall)}</dt>
        <dd>
          <LevelText level={rating.overall} />
        </dd>
      </div>
      {RATING_INDICATORS.map((k) => (
        <div class="fact" key={k}>
          <dt>{t(RATING_INDICATOR_LABELS[k])}</dt>
          <dd>
            <LevelText level={rating.indicators[k]} />
          </dd>
        </div>
      ))}
      {rating.comment && (
        <div class="fact">
          <dt>{t(F.comment)}</dt>
          <dd class="followups-comment">{rating.comment}</dd>
        </div>
      )}
      {rating.attachmentId && (
        <div class="fact">
          <dt>{t(F.photo)}</dt>
          <dd>
            <a href={`/api/attachments/${rating.attachmentId}`} target="_blank" rel="noopener">
              {t(F.photo)}
            </a>
          </dd>
        </div>
      )}
      <div class="fact">
        <dt>{t(F.rater)}</dt>
        <dd data-testid="followup-rater">
          {rating.rater ? `${rating.rater.name ?? '—'} ${rating.rater.phone}` : t(F.anonymous)}
        </dd>
      </div>
    </dl>
  );
}

function FollowUpPart(p: { rating: RatingView; mayReply: boolean; reload: () => void }) {
  const f = p.rating.followUp;
  if (!f) return null;
  return (
    <div class="followups-part" data-testid="followup-part">
      <h3>
        {t(F.followUp)}{' '}
        <span class={f.late ? 'followups-badge followups-badge-late' : 'followups-badge'}>
          {t(f.reply ? F.replied : F.waiting)}
          {f.late ? ` · ${t(F.late)}` : ''}
        </span>
      </h3>
      <p>
        {lbl(F.due)}
        {formatDate(f.dueOn)}
      </p>
      {f.reply ? (
        <>
          <blockquote class="followups-reply" data-testid="followup-reply">
            {f.reply}
          </blockquote>
          <p class="hint">
            {f.repliedBy} · {formatDate(f.repliedOn)}
          </p>
          <p data-testid="followup-resolution">
            {f.resolution
              ? `${lbl(F.resolution)}${t(RESOLUTION_LABELS[f.resolution])}${f.resolutionComment ? `（${f.resolutionComment}）` : ''}`
              : t(F.noResolution)}
          </p>
        </>
      ) : (
        p.mayReply && <ReplyForm ratingId={p.rating.id} reload={p.reload} />
      )}
    </div>
  );
}

function ReplyForm({ ratingId, reload }: { ratingId: string; reload: () => void }) {
  const [reply, setReply] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ok = reply.trim().length >= 4 && !textProblem(reply, true);
  async function send() {
    setBusy(true);
    setError(null);
    try {
      await read(
        api.ratings['follow-ups'][':id'].reply.$post({
          param: { id: ratingId },
          json: { reply: reply.trim() },
        }),
      );
      setConfirming(false);
      toast(t(F.replySent));
      reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      class="form followups-form"
      data-testid="followup-reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) setConfirming(true);
      }}
    >
      <div class="field">
        <label for={`reply-${ratingId}`}>{t(F.replyLabel)}</label>
        <textarea
          id={`reply-${ratingId}`}
          rows={4}
          maxLength={1000}
          value={reply}
          onInput={(e) => setReply((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <button
        type="submit"
        class="btn btn-primary"
        disabled={!ok}
        data-testid="followup-reply-submit"
      >
        {t(F.replySubmit)}
      </button>
      {confirming && (
        <Dialog
          title={t(F.replySubmit)}
          submitText={t(F.replySubmit)}
          busy={busy}
          error={error}
          onClose={() => setConfirming(false)}
          onSubmit={() => void send()}
          testId="followup-confirm"
        >
          <p>{t(F.replyConfirm)}</p>
        </Dialog>
      )}
    </form>
  );
}

/** "待答复 3 件，其中超期 1 件" */
export function countsText(open: number, late: number): string {
  return fmt(t(F.counts), { open, late });
}
