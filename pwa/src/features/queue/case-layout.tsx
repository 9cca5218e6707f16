/**
 * 合理布局 on a 新办 case: the same layout check the applicant saw before applying and the
 * approval gate decides on — the grid's colour and free places or queue, the spacing to the
 * nearest retailers and the school zone, each with its reason. It stays on the case after the
 * decision, labelled: the check as it stood when the case was decided, or (for decisions made
 * before checks were kept) one made now.
 */
import type { ApplicationDetail, CaseLayoutAnswer, LayoutCheckResult } from '@core/api';
import { api, opts, read } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { dict, fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async } from '../../app/ui';
import { reasonText } from '../consult/can-i-open.strings';
import { LevelBadge, StandingBadge } from '../../app/level-badge';

const L = dict({
  title: { zh: '合理布局', en: 'Layout (合理布局)' },
  ok: { zh: '符合布局要求', en: 'Meets the layout rules' },
  queue: {
    zh: '市场单元暂无空余名额：按受理顺序轮候，特批需填写理由',
    en: 'No place free in the grid: the case waits its turn; an override needs a reason',
  },
  refused: {
    zh: '不符合距离要求：准予许可需填写特批理由',
    en: 'Breaks a distance rule: approving needs an override reason',
  },
  grid: { zh: '市场单元', en: 'Market grid' },
  counts: {
    zh: '现有 {count} 户 / 承载量 {capacity}',
    en: '{count} retailers / capacity {capacity}',
  },
  nearest: { zh: '周边零售户', en: 'Nearby retailers' },
  none: { zh: '300 米内没有零售户', en: 'No retailer within 300 m' },
  metres: { zh: '{n} 米', en: '{n} m' },
  noPoint: { zh: '申请未标注经营场所位置。', en: 'The application has no location.' },
  asOfNow: {
    zh: '当前核验结果（审批时据此决定）',
    en: 'The check now (what the decision will rest on)',
  },
  asOfDecision: {
    zh: '{action}时的核验结果 · {at} · {actor}',
    en: 'The check when the case was {action} · {at} · {actor}',
  },
  approve: { zh: '准予许可', en: 'approved' },
  refuse: { zh: '不予许可', en: 'refused' },
  asOfNowDecided: {
    zh: '按现在的数据核验：审批时的核验结果未留存（本店的许可证不计为周边零售户）',
    en: 'Checked on today’s data: the check made at the decision was not kept (the shop’s own licence is not counted as a neighbour)',
  },
});

export function CaseLayout({ a }: { a: ApplicationDetail }) {
  if (a.type !== 'new' || a.status === 'draft') return null;
  return <LayoutPanel id={a.id} version={a.version} />;
}

function AsOf({ asOf }: { asOf: CaseLayoutAnswer['asOf'] }) {
  const text =
    asOf.kind === 'decision'
      ? fmt(t(L.asOfDecision), {
          action: t(asOf.action === 'approve' ? L.approve : L.refuse),
          at: formatDateTime(asOf.at),
          actor: asOf.actor,
        })
      : t(asOf.decided ? L.asOfNowDecided : L.asOfNow);
  return (
    <p class="hint" data-testid="layout-as-of" data-as-of={asOf.kind}>
      {text}
    </p>
  );
}

function LayoutPanel({ id, version }: { id: string; version: number }) {
  const res = useResource(
    (signal) =>
      read(
        api.applications[':id'].layout.$get(
          { param: { id: encodeURIComponent(id) } },
          opts({ signal }),
        ),
      ),
    [id, version],
  );
  return (
    <section class="panel" data-testid="case-layout">
      <h2>{t(L.title)}</h2>
      <Async res={res}>
        {(d) =>
          d.layout ? (
            <>
              <AsOf asOf={d.asOf} />
              <Verdict c={d.layout} />
            </>
          ) : (
            <p>{t(L.noPoint)}</p>
          )
        }
      </Async>
    </section>
  );
}

function Verdict({ c }: { c: LayoutCheckResult }) {
  const head = c.verdict === 'ok' ? L.ok : c.verdict === 'queue' ? L.queue : L.refused;
  return (
    <div data-verdict={c.verdict}>
      <p class={c.verdict === 'ok' ? 'notice' : 'panel-warn'}>
        <strong>{t(head)}</strong> <StandingBadge standing={c.standing} />
      </p>
      <dl class="facts">
        <div class="fact">
          <dt>{t(L.grid)}</dt>
          <dd>
            <LevelBadge level={c.level} />{' '}
            {fmt(t(L.counts), { count: c.grid.count, capacity: c.grid.capacity })}
          </dd>
        </div>
      </dl>
      <ul>
        {c.reasons.map((r, i) => (
          <li key={i}>{reasonText(r)}</li>
        ))}
      </ul>
      <h3>{t(L.nearest)}</h3>
      {c.nearest.length === 0 ? (
        <p class="hint">{t(L.none)}</p>
      ) : (
        <ul class="plain-list">
          {c.nearest.slice(0, 3).map((n, i) => (
            <li key={i}>
              {n.name} · {fmt(t(L.metres), { n: Math.round(n.distanceM) })}
              <span class="hint"> {n.address}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
