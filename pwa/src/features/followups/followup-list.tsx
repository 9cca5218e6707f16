/**
 * 差评回访 on the warnings page: the follow-ups of bad ratings still waiting for the county's
 * written reply, late ones first, each opening its case (where the reply is written).
 */
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { api, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { countsText } from './followup-panel';
import { LevelText } from './level-text';
import { F } from './followups.strings';
import './followups.css';

export function FollowUpList() {
  const res = useResource(
    (signal) =>
      read(api.ratings['follow-ups'].$get({ query: { state: 'open' } }, opts({ signal }))),
    [],
  );
  if (res.state !== 'ready') return null;
  const d = res.data;
  return (
    <section class="panel followups-list" data-testid="followup-list">
      <h2>
        {t(F.listTitle)}{' '}
        <span
          class={d.counts.late > 0 ? 'followups-badge followups-badge-late' : 'followups-badge'}
          data-testid="followup-counts"
        >
          {countsText(d.counts.open, d.counts.late)}
        </span>
      </h2>
      <p class="hint">{t(F.listIntro)}</p>
      {d.items.length === 0 ? (
        <p class="state state-empty">{t(F.listEmpty)}</p>
      ) : (
        <ul class="followups-items">
          {d.items.map((i) => (
            <li key={i.rating.id} class="followups-item" data-testid={`followup-${i.ref}`}>
              <a href={`/queue/${i.applicationId}`}>
                <span class="mono">{i.ref}</span> {i.shopName || t(BUSINESS_TYPE_LABELS[i.type])}
              </a>
              <LevelText level={i.rating.overall} />
              <span
                class={
                  i.rating.followUp?.late ? 'followups-due followups-due-late' : 'followups-due'
                }
              >
                {t(F.due)} {formatDate(i.rating.followUp?.dueOn)}
                {i.rating.followUp?.late ? ` · ${t(F.late)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
