/**
 * /supervision/register (分类规则与回避登记): the compliance class rules (core/compliance.ts)
 * and, for approvers and admins, the register of inspectors' conflicts of interest that every
 * draw honours: list, add (inspector of the county, licence number, reason), remove.
 */
import { SUPERVISION_ACTORS } from '@core/supervision';
import type { ConflictView } from '@core/supervision-api';
import { useSignal } from '@preact/signals';
import { api, errorText, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { formatDate } from '../../app/format';
import { loadJurisdictions, type Unit } from '../../app/jurisdictions';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { R } from './records.strings';
import { RulesSection } from './rules-form';
import { S } from './supervision.strings';
import './supervision.css';

export function RegisterView() {
  const user = staff.value;
  const conflicts = !!user && SUPERVISION_ACTORS.read_conflicts.includes(user.role);
  return (
    <section class="supervision-view" data-testid="register-view">
      <PageTitle text={R.registerTitle} />
      <p>
        <a class="back-link" href="/supervision">
          {t(S.back)}
        </a>
      </p>
      <RulesSection />
      {conflicts && <ConflictsSection />}
    </section>
  );
}

function ConflictsSection() {
  const res = useResource(
    (signal) => read(api.supervision.conflicts.$get({}, opts({ signal }))),
    [],
  );
  const units = useResource(() => loadJurisdictions(), []);
  const user = staff.value;
  const manage = !!user && SUPERVISION_ACTORS.manage_conflicts.includes(user.role);
  async function remove(c: ConflictView) {
    try {
      await read(api.supervision.conflicts[':id'].$delete({ param: { id: c.id } }, opts({})));
      toast(t(R.removed));
      res.reload();
    } catch (err) {
      toast(errorText(err));
    }
  }
  return (
    <section class="supervision-conflicts" data-testid="conflicts-section">
      <h2>{t(R.conflictsTitle)}</h2>
      <p class="hint">{t(R.conflictsIntro)}</p>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={R.noConflicts}>
        {(d) => (
          <ul class="supervision-entries" data-testid="conflict-list">
            {d.items.map((c) => (
              <li key={c.id}>
                <strong>{c.inspector.name}</strong> · {c.licence.number} {c.licence.shopName}
                <span class="supervision-entry-text">{c.reason}</span>
                <span class="hint">
                  {t(R.since)} {formatDate(c.createdOn)}
                </span>
                {manage && (
                  <button
                    type="button"
                    class="btn btn-ghost"
                    onClick={() => void remove(c)}
                    data-testid="conflict-remove"
                  >
                    {t(R.remove)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Async>
      {manage && (
        <Async res={units}>
          {(j) => <ConflictForm units={j.units} onAdded={() => res.reload()} />}
        </Async>
      )}
    </section>
  );
}

function ConflictForm({ units, onAdded }: { units: Unit[]; onAdded: () => void }) {
  const counties = units.filter((u) => staff.value?.counties.includes(u.code));
  const county = useSignal(counties[0]?.code ?? '');
  const inspector = useSignal('');
  const number = useSignal('');
  const reason = useSignal('');
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const inspectors = useResource(
    (signal) =>
      county.value
        ? read(api.staff.inspectors.$get({ query: { county: county.value } }, opts({ signal })))
        : Promise.resolve({ items: [] }),
    [county.value],
  );
  async function submit(e: Event) {
    e.preventDefault();
    busy.value = true;
    error.value = null;
    try {
      await read(
        api.supervision.conflicts.$post(
          {
            json: {
              inspectorId: inspector.value,
              licenceNumber: number.value.trim(),
              reason: reason.value,
            },
          },
          opts({}),
        ),
      );
      number.value = '';
      reason.value = '';
      toast(t(R.saved));
      onAdded();
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  return (
    <details class="supervision-add" open>
      <summary>{t(R.addConflict)}</summary>
      <form class="form" onSubmit={submit} data-testid="conflict-form">
        <div class="supervision-dates">
          <div class="field">
            <label for="cf-county">{t(S.area)}</label>
            <select
              id="cf-county"
              value={county.value}
              onChange={(e) => {
                county.value = (e.target as HTMLSelectElement).value;
                inspector.value = '';
              }}
            >
              {counties.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="cf-inspector">{t(R.inspector)}</label>
            <Async res={inspectors}>
              {(d) => (
                <select
                  id="cf-inspector"
                  value={inspector.value}
                  onChange={(e) => (inspector.value = (e.target as HTMLSelectElement).value)}
                >
                  <option value="">—</option>
                  {d.items.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.displayName}
                    </option>
                  ))}
                </select>
              )}
            </Async>
          </div>
        </div>
        <div class="field">
          <label for="cf-number">{t(R.licenceNumber)}</label>
          <input
            id="cf-number"
            inputMode="numeric"
            maxLength={20}
            value={number.value}
            onInput={(e) => (number.value = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="cf-reason">{t(R.conflictReason)}</label>
          <input
            id="cf-reason"
            maxLength={200}
            value={reason.value}
            onInput={(e) => (reason.value = (e.target as HTMLInputElement).value)}
          />
        </div>
        {error.value && (
          <p class="notice notice-error" role="alert" data-testid="conflict-error">
            {error.value}
          </p>
        )}
        <button
          class="btn btn-primary"
          type="submit"
          disabled={busy.value || !inspector.value}
          data-testid="conflict-save"
        >
          {t(R.save)}
        </button>
      </form>
    </details>
  );
}
