/**
 * 好差评 figures for the analysis page, anonymous (no names, no cases): satisfaction as the
 * share of rated cases at 满意 or better, the 好评率 of 国办发〔2019〕51号 (with 基本满意), bad
 * ratings, unrated cases, and how many follow-ups were answered on time.
 */
import { api, opts, read } from '../../app/api';
import { t, type Text } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { F } from './followups.strings';
import './followups.css';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

function Tile({ label, value, red }: { label: Text; value: string | number; red?: boolean }) {
  return (
    <div class={red ? 'tile tile-red' : 'tile'}>
      <span class="tile-label">{t(label)}</span>
      <span class="tile-value">{value}</span>
    </div>
  );
}

export function RatingStats() {
  const res = useResource(
    (signal) => read(api.ratings.stats.$get({ query: {} }, opts({ signal }))),
    [],
  );
  if (res.state !== 'ready') return null;
  const s = res.data;
  return (
    <section class="panel followups-stats" data-testid="rating-stats">
      <h2>{t(F.statsTitle)}</h2>
      <div class="tiles">
        <Tile label={F.satisfaction} value={pct(s.satisfactionRate)} />
        <Tile label={F.goodRate} value={pct(s.goodRate)} />
        <Tile label={F.rated} value={s.rated} />
        <Tile label={F.unrated} value={s.unrated} />
        <Tile label={F.bad} value={s.bad} red={s.bad > 0} />
        <Tile label={F.followUpOnTime} value={pct(s.followUpOnTimeRate)} />
        <Tile label={F.lateNow} value={s.followUpsLateNow} red={s.followUpsLateNow > 0} />
      </div>
      <p class="hint">{t(F.satisfactionHint)}</p>
    </section>
  );
}
