/**
 * 布局特批记录: every approval that overrode a layout rule, for as long as the case exists —
 * who, when, which rules it set aside (as the gate worded them then) and the reason given.
 */
import type { LayoutOverrideRecord } from '@core/layout-gate';
import { LAYOUT_GATE_RULE_LABELS } from '@core/layout-gate';
import { formatDateTime } from '../../app/format';
import { dict, lbl, locale, t } from '../../app/i18n';

const O = dict({
  title: { zh: '布局特批记录', en: 'Layout override on record' },
  intro: {
    zh: '本案准予许可时，审批人越过了以下合理布局规则。',
    en: 'This case was approved over the layout rules below.',
  },
  by: { zh: '审批人', en: 'Approved by' },
  at: { zh: '时间', en: 'When' },
  rules: { zh: '越过的规则', en: 'Rules overridden' },
  reason: { zh: '特批理由', en: 'Reason' },
  unknownRules: {
    zh: '（该记录早于规则留存，未记明具体规则）',
    en: '(recorded before the rules were kept)',
  },
});

export function LayoutOverrides({ overrides }: { overrides: LayoutOverrideRecord[] }) {
  if (overrides.length === 0) return null;
  return (
    <section class="panel panel-warn" data-testid="layout-overrides" aria-labelledby="lo-title">
      <h2 id="lo-title">{t(O.title)}</h2>
      <p>{t(O.intro)}</p>
      {overrides.map((o, i) => (
        <dl class="facts" key={i} data-testid="layout-override">
          <div class="fact">
            <dt>{t(O.by)}</dt>
            <dd>{o.actor}</dd>
          </div>
          <div class="fact">
            <dt>{t(O.at)}</dt>
            <dd>{formatDateTime(o.at)}</dd>
          </div>
          <div class="fact">
            <dt>{t(O.rules)}</dt>
            <dd>
              {o.rules.length === 0 ? (
                t(O.unknownRules)
              ) : (
                <ul class="plain-list">
                  {o.rules.map((r) => (
                    <li key={r.rule} data-rule={r.rule}>
                      <strong>{lbl(LAYOUT_GATE_RULE_LABELS[r.rule])}</strong>
                      {locale.value === 'en' ? r.en : r.zh}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div class="fact">
            <dt>{t(O.reason)}</dt>
            <dd data-testid="override-reason">{o.reason}</dd>
          </div>
        </dl>
      ))}
    </section>
  );
}
