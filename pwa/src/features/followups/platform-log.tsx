/**
 * For admins: what went (or, with the local adapter, would have gone) to the provincial rating
 * platform and when, with the delivery state and attempts (rating-platform.ts documents the
 * payload). The newest hundred.
 */
import { api, opts, read } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { dict, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import './followups.css';

const P = dict({
  title: { zh: '省好差评平台推送记录', en: 'Sent to the provincial rating platform' },
  intro: {
    zh: '每条评价提交后推送至省好差评平台；失败的由定时任务按退避间隔重试。本地部署只记录将要推送的内容和时间。',
    en: 'Every rating is sent to the provincial platform; failures are retried by the scheduled job with backoff. A local deployment records what would be sent, and when.',
  },
  when: { zh: '记录时间', en: 'Recorded' },
  caseRef: { zh: '案件', en: 'Case' },
  level: { zh: '总体评价', en: 'Overall' },
  provider: { zh: '通道', en: 'Channel' },
  state: { zh: '状态', en: 'State' },
  attempts: { zh: '尝试次数', en: 'Attempts' },
  sentAt: { zh: '推送时间', en: 'Sent' },
  empty: { zh: '暂无推送记录。', en: 'Nothing sent yet.' },
  pending: { zh: '待推送', en: 'Pending' },
  sent: { zh: '已推送', en: 'Sent' },
  failed: { zh: '推送失败', en: 'Failed' },
});

type Payload = { caseRef?: string; overall?: { label?: string } };

export function PlatformLog() {
  const res = useResource(
    (signal) => read(api.ratings.platform.$get(undefined, opts({ signal }))),
    [],
  );
  if (res.state !== 'ready') return null;
  const items = res.data.items;
  return (
    <section class="panel followups-platform" data-testid="platform-log">
      <h2>{t(P.title)}</h2>
      <p class="hint">{t(P.intro)}</p>
      {items.length === 0 ? (
        <p class="state state-empty">{t(P.empty)}</p>
      ) : (
        <div class="followups-table-wrap">
          <table class="followups-table">
            <thead>
              <tr>
                <th>{t(P.when)}</th>
                <th>{t(P.caseRef)}</th>
                <th>{t(P.level)}</th>
                <th>{t(P.provider)}</th>
                <th>{t(P.state)}</th>
                <th>{t(P.attempts)}</th>
                <th>{t(P.sentAt)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => {
                const p = r.payload as Payload;
                return (
                  <tr key={r.id}>
                    <td>{formatDateTime(r.createdAt)}</td>
                    <td class="mono">{p.caseRef ?? '—'}</td>
                    <td>{p.overall?.label ?? '—'}</td>
                    <td>{r.provider}</td>
                    <td title={r.lastError ?? undefined}>{t(P[r.state])}</td>
                    <td>{r.attempts}</td>
                    <td>{formatDateTime(r.sentAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
