/**
 * 零售客户守法分类规则: the rules in force, editable by the admin (core/supervision.ts), read by
 * everyone else. Every number is checked by the server against core's schema; what it refuses
 * is said on the form and nothing changes.
 */
import {
  COMPLIANCE_CLASSES,
  COMPLIANCE_CLASS_LABELS,
  PENALTY_KINDS,
  PENALTY_LABELS,
  type ComplianceRules,
} from '@core/compliance';
import { SUPERVISION_ACTORS } from '@core/supervision';
import { useSignal } from '@preact/signals';
import { api, errorText, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { t, type Text } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async } from '../../app/ui';
import { R } from './records.strings';

export function RulesSection() {
  const res = useResource((signal) => read(api.supervision.rules.$get({}, opts({ signal }))), []);
  return (
    <section class="supervision-rules" data-testid="rules-section">
      <h2>{t(R.rulesTitle)}</h2>
      <p class="hint">{t(R.rulesIntro)}</p>
      <Async res={res}>{(d) => <RulesForm initial={d.rules} />}</Async>
    </section>
  );
}

type Path = readonly [keyof ComplianceRules] | readonly [keyof ComplianceRules, string];

function get(r: ComplianceRules, p: Path): number {
  const v = r[p[0]];
  return typeof v === 'number' ? v : ((v as Record<string, number>)[p[1] as string] ?? 0);
}

function set(r: ComplianceRules, p: Path, n: number): ComplianceRules {
  if (p.length === 1) return { ...r, [p[0]]: n };
  return { ...r, [p[0]]: { ...(r[p[0]] as Record<string, number>), [p[1]]: n } };
}

function RulesForm({ initial }: { initial: ComplianceRules }) {
  const user = staff.value;
  const editable = !!user && SUPERVISION_ACTORS.write_rules.includes(user.role);
  const rules = useSignal(initial);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const num = (label: Text, p: Path, id: string, step = '1') => (
    <div class="field" key={id}>
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        disabled={!editable}
        value={get(rules.value, p)}
        onInput={(e) =>
          (rules.value = set(rules.value, p, Number((e.target as HTMLInputElement).value)))
        }
      />
    </div>
  );
  async function save(e: Event) {
    e.preventDefault();
    busy.value = true;
    error.value = null;
    try {
      const r = await read(api.supervision.rules.$put({ json: rules.value }, opts({})));
      rules.value = r.rules;
      toast(t(R.rulesSaved));
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  return (
    <form class="form" onSubmit={save} data-testid="rules-form">
      {!editable && <p class="notice">{t(R.rulesReadOnly)}</p>}
      <h3>{t(R.thresholds)}</h3>
      <div class="supervision-rules-grid">
        {num(R.minA, ['minA'], 'r-minA')}
        {num(R.minB, ['minB'], 'r-minB')}
        {num(R.minC, ['minC'], 'r-minC')}
        {num(R.lookbackDays, ['lookbackDays'], 'r-lookback')}
        {num(R.penaltyLimit, ['penaltyLimit'], 'r-penaltyLimit')}
        {num(R.pointsPerFailedItem, ['pointsPerFailedItem'], 'r-perItem')}
      </div>
      <h3>{t(R.pointsPerPenalty)}</h3>
      <div class="supervision-rules-grid">
        {PENALTY_KINDS.map((k) => num(PENALTY_LABELS[k], ['pointsPerPenalty', k], `r-pen-${k}`))}
      </div>
      <h3>{t(R.intervalDays)}</h3>
      <div class="supervision-rules-grid">
        {COMPLIANCE_CLASSES.map((k) =>
          num(COMPLIANCE_CLASS_LABELS[k], ['intervalDays', k], `r-int-${k}`),
        )}
      </div>
      <h3>{t(R.drawWeight)}</h3>
      <div class="supervision-rules-grid">
        {COMPLIANCE_CLASSES.map((k) =>
          num(COMPLIANCE_CLASS_LABELS[k], ['drawWeight', k], `r-w-${k}`, '0.1'),
        )}
      </div>
      <h3>{t(R.risk)}</h3>
      <div class="supervision-rules-grid">
        {num(R.gridRedFactor, ['gridRedFactor'], 'r-red', '0.1')}
        {num(R.complaintLookbackDays, ['complaintLookbackDays'], 'r-cpl-days')}
        {num(R.perComplaint, ['perComplaint'], 'r-per-cpl', '0.1')}
        {num(R.complaintCap, ['complaintCap'], 'r-cpl-cap')}
        {num(R.noDeliveryMonths, ['noDeliveryMonths'], 'r-idle-months')}
        {num(R.noDeliveryFactor, ['noDeliveryFactor'], 'r-idle-factor', '0.1')}
      </div>
      <p class="hint">
        {t(R.noDeliveryMonths)} / {t(R.noDeliveryFactor)}: {t(R.noDeliveryHint)}
      </p>
      {error.value && (
        <p class="notice notice-error" role="alert" data-testid="rules-error">
          {error.value}
        </p>
      )}
      {editable && (
        <button
          class="btn btn-primary"
          type="submit"
          disabled={busy.value}
          data-testid="rules-save"
        >
          {t(R.saveRules)}
        </button>
      )}
    </form>
  );
}
