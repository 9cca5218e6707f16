/**
 * A new 双随机 plan (approvers): the area (a county of the caller's scope, or the whole city
 * for a city-wide approver), the period, a share or a number, weighted or not. The population
 * the draw will read is previewed as the area and weighting change; the server draws.
 */
import type { PlanPreview } from '@core/supervision-api';
import { countForShare } from '@core/supervision-draw';
import { addCalendarDays } from '@core/dates';
import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { api, errorText, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { appToday } from '../../app/calendar';
import { loadJurisdictions, type Unit } from '../../app/jurisdictions';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { S } from './supervision.strings';
import './supervision.css';

function PreviewLine({ p, size }: { p: PlanPreview; size: number }) {
  return (
    <div class="panel supervision-preview" data-testid="plan-preview" role="status">
      <p>
        {fmt(t(S.previewText), {
          n: p.population,
          a: p.classes.A,
          b: p.classes.B,
          c: p.classes.C,
          w: p.classes.W,
          red: p.red,
          inspectors: p.inspectors,
        })}
      </p>
      {size > 0 && <p data-testid="plan-will-draw">{fmt(t(S.willDraw), { n: size })}</p>}
    </div>
  );
}

export function PlanForm() {
  const units = useResource(() => loadJurisdictions(), []);
  return (
    <section class="supervision-view" data-testid="plan-form">
      <PageTitle text={S.newPlan} />
      <p>
        <a class="back-link" href="/supervision">
          {t(S.back)}
        </a>
      </p>
      <Async res={units}>{(j) => <Form units={j.units} />}</Async>
    </section>
  );
}

interface Area {
  code: string;
  name: string;
}

function Form({ units }: { units: Unit[] }) {
  const user = staff.value;
  const { route } = useLocation();
  const today = appToday();
  // A city-wide account may plan for the whole city or any of its units; others for their units.
  const counties = user?.counties ?? [];
  const areas: Area[] = [
    ...(user?.jurisdictions ?? [])
      .filter((j) => !counties.includes(j.code))
      .map((j) => ({ code: j.code, name: `${t(S.city)}（${j.name}）` })),
    ...units.filter((u) => counties.includes(u.code)).map((u) => ({ code: u.code, name: u.name })),
  ];
  const area = useSignal(counties[0] ?? areas[0]?.code ?? '');
  const from = useSignal(today);
  const to = useSignal(addCalendarDays(today, 30));
  const by = useSignal<'share' | 'count'>('share');
  const share = useSignal('5');
  const count = useSignal('20');
  const weighted = useSignal(true);
  const name = useSignal('');
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const preview = useResource(
    (signal) =>
      read(
        api.supervision.preview.$get(
          { query: { area: area.value, weighted: weighted.value ? 'true' : 'false' } },
          opts({ signal }),
        ),
      ),
    [area.value, weighted.value],
  );
  const size = (p: PlanPreview) =>
    by.value === 'share'
      ? Number(share.value) > 0 && Number(share.value) <= 100
        ? countForShare(p.population, Number(share.value))
        : 0
      : Number(count.value) || 0;

  async function submit(e: Event) {
    e.preventDefault();
    busy.value = true;
    error.value = null;
    try {
      const size =
        by.value === 'share' ? { share: Number(share.value) } : { count: Number(count.value) };
      const { plan } = await read(
        api.supervision.plans.$post(
          {
            json: {
              area: area.value,
              periodFrom: from.value,
              periodTo: to.value,
              weighted: weighted.value,
              ...(name.value.trim() ? { name: name.value.trim() } : {}),
              ...size,
            },
          },
          opts({}),
        ),
      );
      toast(t(S.created));
      route(`/supervision/${plan.id}`);
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  return (
    <form class="form supervision-form" onSubmit={submit}>
      <div class="field">
        <label for="plan-area">{t(S.area)}</label>
        <select
          id="plan-area"
          value={area.value}
          onChange={(e) => (area.value = (e.target as HTMLSelectElement).value)}
        >
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div class="supervision-dates">
        <div class="field">
          <label for="plan-from">{t(S.periodFrom)}</label>
          <input
            id="plan-from"
            type="date"
            value={from.value}
            onInput={(e) => (from.value = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="plan-to">{t(S.periodTo)}</label>
          <input
            id="plan-to"
            type="date"
            value={to.value}
            onInput={(e) => (to.value = (e.target as HTMLInputElement).value)}
          />
        </div>
      </div>
      <fieldset class="field supervision-size">
        <legend>{t(S.sizeBy)}</legend>
        <label class="choice">
          <input
            type="radio"
            name="plan-by"
            checked={by.value === 'share'}
            onChange={() => (by.value = 'share')}
          />
          {t(S.byShare)}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="plan-by"
            checked={by.value === 'count'}
            onChange={() => (by.value = 'count')}
          />
          {t(S.byCount)}
        </label>
        {by.value === 'share' ? (
          <label class="supervision-number">
            {t(S.share)}
            <input
              id="plan-share"
              inputMode="decimal"
              value={share.value}
              onInput={(e) => (share.value = (e.target as HTMLInputElement).value)}
            />
          </label>
        ) : (
          <label class="supervision-number">
            {t(S.count)}
            <input
              id="plan-count"
              inputMode="numeric"
              value={count.value}
              onInput={(e) => (count.value = (e.target as HTMLInputElement).value)}
            />
          </label>
        )}
      </fieldset>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            id="plan-weighted"
            checked={weighted.value}
            onChange={(e) => (weighted.value = (e.target as HTMLInputElement).checked)}
          />
          {t(S.weighted)}
        </label>
        <p class="hint">{t(S.weightedHint)}</p>
      </div>
      <div class="field">
        <label for="plan-name">{t(S.name)}</label>
        <input
          id="plan-name"
          maxLength={60}
          value={name.value}
          onInput={(e) => (name.value = (e.target as HTMLInputElement).value)}
        />
      </div>
      <h2>{t(S.preview)}</h2>
      <Async res={preview}>{(p) => <PreviewLine p={p} size={size(p)} />}</Async>
      {error.value && (
        <p class="notice notice-error" role="alert" data-testid="plan-error">
          {error.value}
        </p>
      )}
      <div class="button-row">
        <button
          class="btn btn-primary"
          type="submit"
          disabled={busy.value}
          data-testid="plan-create"
        >
          {t(busy.value ? S.creating : S.create)}
        </button>
      </div>
    </form>
  );
}
