/**
 * 办理规程: the admin edits a business type's SOP — each step's responsible role and promised
 * limit (checked against the law as typed, and again by the server), the decision levels, a
 * note — and saves it as a new version; the type's versions are listed below.
 */
import { useState } from 'preact/hooks';
import { BUSINESS_TYPE_LABELS, BUSINESS_TYPES, type BusinessType } from '@core/business-types';
import { ROLE_LABELS } from '@core/roles';
import {
  SOP_STEP_LABELS,
  STATUTORY_DAYS,
  STEP_ROLES,
  type SopLevelRule,
  type SopListAnswer,
  type SopRole,
  type SopStepRule,
  type SopVersionView,
} from '@core/sop';
import { api, errorText, opts, read } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { S } from './sop.strings';
import './sop.css';

type Preset = 'one' | 'twoPropose' | 'twoReview' | 'three';

const PRESETS: Record<Preset, (proposer: SopRole) => SopLevelRule[]> = {
  one: () => [{ level: 'decide', role: 'approver' }],
  twoPropose: (r) => [
    { level: 'propose', role: r },
    { level: 'decide', role: 'approver' },
  ],
  twoReview: () => [
    { level: 'review', role: 'approver' },
    { level: 'decide', role: 'approver' },
  ],
  three: (r) => [
    { level: 'propose', role: r },
    { level: 'review', role: 'approver' },
    { level: 'decide', role: 'approver' },
  ],
};
const PRESET_LABELS = {
  one: S.oneLevel,
  twoPropose: S.twoPropose,
  twoReview: S.twoReview,
  three: S.three,
};

function presetOf(levels: SopLevelRule[]): Preset {
  const keys = levels.map((l) => l.level).join(',');
  if (keys === 'propose,review,decide') return 'three';
  if (keys === 'propose,decide') return 'twoPropose';
  if (keys === 'review,decide') return 'twoReview';
  return 'one';
}

/** One line that sums up a version: its promises and its levels. */
export function summary(v: SopVersionView): string {
  const days = (s: string) => v.steps.find((x) => x.step === s)?.promisedDays ?? '—';
  return fmt(t(S.summary), {
    a: days('acceptance'),
    d: days('decision'),
    v: days('delivery'),
    levels: t(PRESET_LABELS[presetOf(v.levels)]),
  });
}

function Editor({ current, onSaved }: { current: SopVersionView; onSaved: () => void }) {
  const [steps, setSteps] = useState<SopStepRule[]>(current.steps);
  const [preset, setPreset] = useState<Preset>(presetOf(current.levels));
  const [proposer, setProposer] = useState<SopRole>(
    current.levels.find((l) => l.level === 'propose')?.role ?? 'clerk',
  );
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const over = steps.filter((s) => s.promisedDays > STATUTORY_DAYS[s.step]);
  const valid =
    over.length === 0 && steps.every((s) => s.promisedDays >= 1) && note.trim().length >= 2;
  const setStep = (i: number, patch: Partial<SopStepRule>) =>
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await read(
        api.admin.sop[':type'].$put({
          param: { type: current.type },
          json: {
            steps,
            levels: PRESETS[preset](proposer),
            note: note.trim(),
            basedOn: current.version,
          },
        }),
      );
      toast(fmt(t(S.saved), { n: r.version }));
      setNote('');
      onSaved();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel" onSubmit={(e) => void save(e)} data-testid="sop-editor">
      <h2>{t(S.steps)}</h2>
      <ul class="sop-steps">
        {steps.map((s, i) => {
          const law = STATUTORY_DAYS[s.step];
          const tooLong = s.promisedDays > law;
          const id = `sop-${s.step}`;
          return (
            <li class="sop-step" key={s.step} data-step={s.step}>
              <h3>{t(SOP_STEP_LABELS[s.step])}</h3>
              <div class="field">
                <label for={`${id}-role`}>{t(S.role)}</label>
                <select
                  id={`${id}-role`}
                  value={s.role}
                  onChange={(e) => setStep(i, { role: e.currentTarget.value as SopRole })}
                >
                  {STEP_ROLES[s.step].map((r) => (
                    <option key={r} value={r}>
                      {t(ROLE_LABELS[r])}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for={`${id}-days`}>{t(S.promised)}</label>
                <input
                  id={`${id}-days`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={law}
                  value={s.promisedDays}
                  aria-invalid={tooLong}
                  aria-describedby={`${id}-law`}
                  onInput={(e) => setStep(i, { promisedDays: Number(e.currentTarget.value) })}
                />
              </div>
              <p
                class={tooLong ? 'sop-law error' : 'sop-law'}
                id={`${id}-law`}
                role={tooLong ? 'alert' : undefined}
              >
                {fmt(t(tooLong ? S.overLaw : S.law), { n: law })}
              </p>
            </li>
          );
        })}
      </ul>
      <fieldset class="choice-list">
        <legend>
          <strong>{t(S.levels)}</strong>
        </legend>
        <p class="hint">{t(S.levelsHint)}</p>
        {(Object.keys(PRESETS) as Preset[]).map((p) => (
          <label key={p} class={preset === p ? 'choice choice-on' : 'choice'}>
            <input
              type="radio"
              name="sop-levels"
              value={p}
              checked={preset === p}
              onChange={() => setPreset(p)}
            />
            <span>{t(PRESET_LABELS[p])}</span>
          </label>
        ))}
      </fieldset>
      {(preset === 'twoPropose' || preset === 'three') && (
        <div class="field">
          <label for="sop-proposer">{t(S.proposeRole)}</label>
          <select
            id="sop-proposer"
            value={proposer}
            onChange={(e) => setProposer(e.currentTarget.value as SopRole)}
          >
            {(['clerk', 'approver'] as const).map((r) => (
              <option key={r} value={r}>
                {t(ROLE_LABELS[r])}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="sop-note">{t(S.note)}</label>
        <input
          id="sop-note"
          value={note}
          maxLength={200}
          placeholder={t(S.notePlaceholder)}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="btn btn-primary" disabled={!valid || busy}>
        {t(busy ? S.saving : S.save)}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function History({ history }: { history: SopVersionView[] }) {
  return (
    <section class="panel" data-testid="sop-history">
      <h2>{t(S.history)}</h2>
      {history.length === 0 ? (
        <p>{t(S.noHistory)}</p>
      ) : (
        <ol class="sop-history">
          {history.map((v) => (
            <li key={v.version}>
              <strong>{fmt(t(S.version), { n: v.version })}</strong> {v.note}
              <small>{summary(v)}</small>
              <small>{formatDateTime(v.createdAt)}</small>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function SopAdmin() {
  const [type, setType] = useState<BusinessType>('new');
  const [tick, setTick] = useState(0);
  const res = useResource(
    (signal): Promise<SopListAnswer> => read(api.admin.sop.$get(undefined, opts({ signal }))),
    [tick],
  );
  return (
    <section data-testid="sop-admin" class="narrow">
      <PageTitle text={S.title} />
      <p class="lead">{t(S.lead)}</p>
      <div class="field">
        <label for="sop-type">{t(S.type)}</label>
        <select
          id="sop-type"
          value={type}
          onChange={(e) => setType(e.currentTarget.value as BusinessType)}
        >
          {BUSINESS_TYPES.map((b) => (
            <option key={b} value={b}>
              {t(BUSINESS_TYPE_LABELS[b])}
            </option>
          ))}
        </select>
      </div>
      <Async res={res}>
        {(d) => {
          const entry = d.types.find((x) => x.type === type);
          if (!entry) return null;
          const c = entry.current;
          return (
            <>
              <p data-testid="sop-current">
                {t(S.current)}：
                {c.version > 0
                  ? `${fmt(t(S.version), { n: c.version })} · ${summary(c)}`
                  : t(S.noVersion)}
              </p>
              <Editor key={`${type}-${c.version}`} current={c} onSaved={() => setTick(tick + 1)} />
              <History history={entry.history} />
            </>
          );
        }}
      </Async>
    </section>
  );
}
