/**
 * 许可业务预警: the stored warnings of the caller's scope, red first, filtered by state, kind
 * and severity (all in the URL), each linked to its case, licence or grid and acknowledged with
 * a note. The rules run on the server (cron and writes); this page only reads.
 */
import { useLocation } from 'preact-iso';
import {
  WARNING_RULES,
  WARNING_RULE_LABELS,
  WARNING_SEVERITIES,
  WARNING_SEVERITY_LABELS,
  type WarningRuleId,
  type WarningSeverity,
} from '@core/warnings';
import { api, opts, read, withQuery } from '../../app/api';
import { staff } from '../../app/auth';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { FollowUpList } from '../followups/followup-list';
import { Pager } from '../queue/queue-table';
import { useRememberListUrl } from '../queue/queue.store';
import { WarningCard } from './warning-card';
import { refreshWarningCounts } from './warning-counts';
import { S } from './warnings.strings';
import './warnings.css';

const PAGE_SIZE = 30;

export function WarningsView() {
  useRememberListUrl();
  const { query, path, route } = useLocation();
  const severity = WARNING_SEVERITIES.find((s) => s === query.severity);
  const rule = WARNING_RULES.find((r) => r === query.rule);
  const state = query.state === 'acknowledged' ? 'acknowledged' : 'open';
  const page = Math.max(1, Number(query.page) || 1);
  const inspector = staff.value?.role === 'inspector';
  const go = (changes: Record<string, string | number>) =>
    route(
      withQuery(path, { severity: severity ?? '', rule: rule ?? '', state, page: '', ...changes }),
      true,
    );
  const res = useResource(
    (signal) =>
      read(
        api.warnings.$get(
          { query: { severity, rule, state, page: String(page), pageSize: String(PAGE_SIZE) } },
          opts({ signal }),
        ),
      ),
    [severity, rule, state, page],
  );
  const reload = () => {
    res.reload();
    refreshWarningCounts();
  };
  return (
    <section data-testid="warnings-view" class="warnings-view">
      <PageTitle text={S.title} />
      <p class="lead">{t(inspector ? S.introInspector : S.intro)}</p>
      <Async res={res}>
        {(d) => (
          <>
            <div class="tiles" role="group" aria-label={t(S.counts)}>
              {WARNING_SEVERITIES.map((s: WarningSeverity) => (
                <button
                  key={s}
                  type="button"
                  class={d.counts[s] > 0 && s === 'red' ? 'tile tile-red' : 'tile'}
                  data-testid={`count-${s}`}
                  aria-pressed={severity === s}
                  onClick={() => go({ severity: severity === s ? '' : s })}
                >
                  <span class="tile-label">{t(WARNING_SEVERITY_LABELS[s])}</span>
                  <span class="tile-value">{d.counts[s]}</span>
                </button>
              ))}
            </div>
            <div class="warnings-filters">
              <div class="segmented-buttons" role="group" aria-label={t(S.show)}>
                <button
                  type="button"
                  aria-pressed={state === 'open'}
                  onClick={() => go({ state: 'open' })}
                >
                  {t(S.open)}
                </button>
                <button
                  type="button"
                  aria-pressed={state === 'acknowledged'}
                  data-testid="state-acknowledged"
                  onClick={() => go({ state: 'acknowledged' })}
                >
                  {t(S.acknowledged)}
                </button>
              </div>
              <label class="field warnings-rule-filter">
                <span>{t(S.rule)}</span>
                <select
                  value={rule ?? ''}
                  onChange={(e) => go({ rule: e.currentTarget.value as WarningRuleId | '' })}
                >
                  <option value="">{t(S.allRules)}</option>
                  {WARNING_RULES.map((r) => (
                    <option key={r} value={r}>
                      {t(WARNING_RULE_LABELS[r])}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {d.items.length === 0 ? (
              <p class="state state-empty">{t(S.empty)}</p>
            ) : (
              <>
                <ul class="warnings-list">
                  {d.items.map((w) => (
                    <WarningCard key={w.id} w={w} onDone={reload} />
                  ))}
                </ul>
                <Pager
                  page={d.page}
                  pageSize={d.pageSize}
                  total={d.total}
                  onPage={(p) => go({ page: p })}
                />
              </>
            )}
          </>
        )}
      </Async>
      {(staff.value?.role === 'clerk' || staff.value?.role === 'approver') && <FollowUpList />}
    </section>
  );
}
