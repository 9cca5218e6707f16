/**
 * 办理规程与决定层级 on the staff case page: the SOP version the case runs under, the promised
 * deadline beside the statutory one, each level's opinion (who, when, what), and the form for
 * the level due when the signed-in person may give it (the same rule as the worker's).
 */
import { useState } from 'preact/hooks';
import { mayGiveOpinion } from '@core/access';
import type { ApplicationDetail } from '@core/api';
import {
  DECISION_LEVEL_LABELS,
  OPINION_PROPOSALS,
  PROPOSAL_LABELS,
  type CaseSopView,
  type OpinionProposal,
} from '@core/sop';
import { TYPE_OUTCOMES } from '@core/business-types';
import { STATUS_LABELS, isOpen } from '@core/application-state';
import { ROLE_LABELS } from '@core/roles';
import { caseScopeOf, staffWho } from '../../app/access';
import { api, errorText, read } from '../../app/api';
import { staff } from '../../app/auth';
import { DeadlineText } from '../../app/deadline';
import { formatDateTime } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { S } from './sop.strings';
import './sop.css';

function OpinionForm(props: {
  a: ApplicationDetail;
  level: 'propose' | 'review';
  reload: () => void;
}) {
  const [proposal, setProposal] = useState<OpinionProposal>('approve');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await read(
        api.applications[':id'].opinions.$post({
          param: { id: props.a.id },
          json: { level: props.level, proposal, opinion: text.trim() },
        }),
      );
      toast(t(S.recorded));
      props.reload();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="sop-opinion-form" onSubmit={(e) => void submit(e)} data-testid="opinion-form">
      <fieldset class="choice-list">
        <legend>{t(S.proposal)}</legend>
        {OPINION_PROPOSALS.map((p) => (
          <label key={p} class={proposal === p ? 'choice choice-on' : 'choice'}>
            <input
              type="radio"
              name="opinion-proposal"
              value={p}
              checked={proposal === p}
              onChange={() => setProposal(p)}
            />
            <span>{t(PROPOSAL_LABELS[p])}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="opinion-text">{t(S.opinion)}</label>
        <textarea
          id="opinion-text"
          rows={3}
          maxLength={500}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="btn btn-primary" disabled={busy || text.trim().length < 2}>
        {t(S.submitOpinion)}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** The decision's words for a level's proposal: the decider's is the decision itself. */
function proposalText(sop: CaseSopView, level: string, p: OpinionProposal): string {
  if (level !== 'decide') return t(PROPOSAL_LABELS[p]);
  return t(p === 'approve' ? TYPE_OUTCOMES[sop.type].approved : STATUS_LABELS.refused);
}

export function CaseLevels({ a, reload }: { a: ApplicationDetail; reload: () => void }) {
  const sop = a.sop;
  const me = staff.value;
  if (!sop || !me) return null;
  // A case that ended without every level (撤回, 终止办理) never reaches the ones left.
  const ended = !isOpen(a.status);
  const idle = ended ? fmt(t(S.notReached), { status: t(STATUS_LABELS[a.status]) }) : t(S.pending);
  return (
    <section class="panel" data-testid="case-levels" aria-labelledby="sop-case-title">
      <h2 id="sop-case-title">{t(S.caseTitle)}</h2>
      <dl class="facts">
        <div class="fact">
          <dt>{t(S.caseVersion)}</dt>
          <dd>{sop.version > 0 ? fmt(t(S.version), { n: sop.version }) : t(S.caseNoVersion)}</dd>
        </div>
        {sop.promisedDeadline && (
          <div class="fact">
            <dt>{t(S.promisedDeadline)}</dt>
            <dd data-testid="promised-deadline">
              <DeadlineText date={sop.promisedDeadline} />
            </dd>
          </div>
        )}
      </dl>
      <ol class="sop-chain">
        {sop.levels.map((l) => {
          const o = l.opinion;
          const due = sop.nextLevel === l.level;
          const mine =
            due &&
            l.level !== 'decide' &&
            mayGiveOpinion(staffWho(me), l.role, caseScopeOf(a)) &&
            !sop.levels.some((x) => x.opinion?.staffId === me.id);
          return (
            <li
              key={l.level}
              data-level={l.level}
              data-state={o ? 'done' : due ? 'due' : ended ? 'not-reached' : 'pending'}
            >
              <strong>{t(DECISION_LEVEL_LABELS[l.level])}</strong>（{t(ROLE_LABELS[l.role])}）
              {o ? (
                <>
                  <p>
                    {o.staffName} · {formatDateTime(o.at)} ·{' '}
                    {proposalText(sop, l.level, o.proposal)}
                  </p>
                  <p data-testid="opinion-text">{o.opinion}</p>
                </>
              ) : (
                <p>{due ? t(l.level === 'decide' ? S.dueDecision : S.due) : idle}</p>
              )}
              {mine && l.level !== 'decide' && (
                <OpinionForm a={a} level={l.level} reload={reload} />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
