/**
 * 人员管理: the bureau's staff accounts for admins — the list, a new account with its first
 * password, and per account: name, role, jurisdictions, active or disabled, and a password
 * reset. The server checks the policy, the last admin and concurrent edits (version).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@core/roles';
import type { StaffAccountView } from '@core/staff-admin';
import { api, errorText, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { t } from '../../app/i18n';
import { loadJurisdictions } from '../../app/jurisdictions';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { S } from './admin.strings';
import './admin.css';

type Unit = { code: string; name: string };

function useUnits(): Unit[] {
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => {
    loadJurisdictions()
      .then((j) => setUnits([...(j.city ? [j.city] : []), ...j.units]))
      .catch(() => setUnits([]));
  }, []);
  return units;
}

function Scopes(props: {
  units: Unit[];
  value: string[];
  onChange: (v: string[]) => void;
  id: string;
}) {
  return (
    <fieldset class="admin-scopes">
      <legend>{t(S.scope)}</legend>
      {props.units.map((u) => (
        <label key={u.code}>
          <input
            type="checkbox"
            name={`${props.id}-scope`}
            checked={props.value.includes(u.code)}
            onChange={(e) =>
              props.onChange(
                e.currentTarget.checked
                  ? [...props.value, u.code]
                  : props.value.filter((c) => c !== u.code),
              )
            }
          />
          {u.name}
        </label>
      ))}
    </fieldset>
  );
}

function RoleSelect(props: { id: string; value: StaffRole; onChange: (r: StaffRole) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{t(S.role)}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as StaffRole)}
      >
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(ROLE_LABELS[r])}
          </option>
        ))}
      </select>
    </div>
  );
}

function NewAccount({ units, onDone }: { units: Unit[]; onDone: () => void }) {
  const [f, setF] = useState({
    username: '',
    displayName: '',
    role: 'clerk' as StaffRole,
    password: '',
  });
  const [scopes, setScopes] = useState<string[]>([]);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  async function submit(e: Event) {
    e.preventDefault();
    error.value = scopes.length === 0 ? t(S.pickScope) : null;
    if (error.value) return;
    busy.value = true;
    try {
      await read(api.admin.staff.$post({ json: { ...f, jurisdictions: scopes } }));
      toast(t(S.created));
      onDone();
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  const input = (key: 'username' | 'displayName' | 'password', label: typeof S.username) => (
    <div class="field">
      <label for={`new-${key}`}>{t(label)}</label>
      <input
        id={`new-${key}`}
        required
        autoComplete={key === 'password' ? 'new-password' : 'off'}
        autoCapitalize="none"
        value={f[key]}
        onInput={(e) => setF({ ...f, [key]: e.currentTarget.value })}
        aria-describedby={key === 'password' ? 'new-rules' : undefined}
      />
    </div>
  );
  return (
    <form class="form admin-card" onSubmit={submit} data-testid="staff-new">
      <h2>{t(S.add)}</h2>
      {input('username', S.username)}
      {input('displayName', S.displayName)}
      <RoleSelect id="new-role" value={f.role} onChange={(role) => setF({ ...f, role })} />
      <Scopes id="new" units={units} value={scopes} onChange={setScopes} />
      {input('password', S.firstPassword)}
      <p class="hint" id="new-rules">
        {t(S.rules)}
      </p>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <div class="admin-actions">
        <button type="submit" class="btn btn-primary" disabled={busy.value}>
          {t(S.create)}
        </button>
        <button type="button" class="btn btn-ghost" onClick={onDone}>
          {t(S.cancel)}
        </button>
      </div>
    </form>
  );
}

function EditAccount(props: { a: StaffAccountView; units: Unit[]; onDone: () => void }) {
  const { a } = props;
  const [displayName, setName] = useState(a.displayName);
  const [role, setRole] = useState<StaffRole>(a.role);
  const [scopes, setScopes] = useState<string[]>(a.jurisdictions);
  const [password, setPassword] = useState('');
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  async function run(call: () => Promise<unknown>, done: string) {
    error.value = null;
    busy.value = true;
    try {
      await call();
      toast(done);
      props.onDone();
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  const put = (json: {
    active?: boolean;
    displayName?: string;
    role?: StaffRole;
    jurisdictions?: string[];
  }) =>
    read(
      api.admin.staff[':id'].$put({ param: { id: a.id }, json: { version: a.version, ...json } }),
    );
  return (
    <div class="admin-card" data-testid="staff-edit">
      <h2>
        {a.username} · {a.displayName}
      </h2>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (scopes.length === 0) {
            error.value = t(S.pickScope);
            return;
          }
          void run(() => put({ displayName, role, jurisdictions: scopes }), t(S.saved));
        }}
      >
        <div class="field">
          <label for="edit-name">{t(S.displayName)}</label>
          <input
            id="edit-name"
            required
            value={displayName}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <RoleSelect id="edit-role" value={role} onChange={setRole} />
        <Scopes id="edit" units={props.units} value={scopes} onChange={setScopes} />
        <div class="admin-actions">
          <button type="submit" class="btn btn-primary" disabled={busy.value}>
            {t(S.saveChanges)}
          </button>
          <button
            type="button"
            class="btn"
            disabled={busy.value}
            onClick={() => void run(() => put({ active: !a.active }), t(S.saved))}
          >
            {a.active ? t(S.disable) : t(S.enable)}
          </button>
          <button type="button" class="btn btn-ghost" onClick={props.onDone}>
            {t(S.cancel)}
          </button>
        </div>
      </form>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () =>
              read(
                api.admin.staff[':id']['reset-password'].$post({
                  param: { id: a.id },
                  json: { version: a.version, password },
                }),
              ),
            t(S.resetDone),
          );
        }}
      >
        <div class="field">
          <label for="edit-password">{t(S.newPassword)}</label>
          <input
            id="edit-password"
            required
            autoComplete="new-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="btn" disabled={busy.value}>
          {t(S.reset)}
        </button>
      </form>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
    </div>
  );
}

export function StaffAccounts() {
  const units = useUnits();
  const [tick, setTick] = useState(0);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const res = useResource(
    (signal) => read(api.admin.staff.$get(undefined, opts({ signal }))),
    [tick],
  );
  const done = () => {
    setEditing(null);
    setTick(tick + 1);
  };
  const nameOf = (code: string) => units.find((u) => u.code === code)?.name ?? code;
  return (
    <section data-testid="staff-accounts">
      <PageTitle text={S.staffTitle} />
      <p class="lead">{t(S.staffLead)}</p>
      {editing === 'new' ? (
        <NewAccount units={units} onDone={done} />
      ) : (
        <p>
          <button type="button" class="btn btn-primary" onClick={() => setEditing('new')}>
            {t(S.add)}
          </button>
        </p>
      )}
      <Async res={res}>
        {(d) => (
          <>
            {d.items
              .filter((a) => a.id === editing)
              .map((a) => (
                <EditAccount key={`${a.id}-${a.version}`} a={a} units={units} onDone={done} />
              ))}
            <div class="admin-table-wrap">
              <table class="admin-table">
                <thead>
                  <tr>
                    <th>{t(S.username)}</th>
                    <th>{t(S.displayName)}</th>
                    <th>{t(S.role)}</th>
                    <th>{t(S.scope)}</th>
                    <th>{t(S.status)}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((a) => (
                    <tr key={a.id} data-testid="staff-row">
                      <td data-label={t(S.username)}>{a.username}</td>
                      <td data-label={t(S.displayName)}>{a.displayName}</td>
                      <td data-label={t(S.role)}>{t(ROLE_LABELS[a.role])}</td>
                      <td data-label={t(S.scope)}>{a.jurisdictions.map(nameOf).join('、')}</td>
                      <td data-label={t(S.status)}>
                        {a.active ? t(S.active) : t(S.disabled)}
                        {a.mustChangePassword && ` · ${t(S.mustChange)}`}
                        {a.passwordChangedAt && ` · ${formatDate(a.passwordChangedAt)}`}
                      </td>
                      <td>
                        <button
                          type="button"
                          class="btn btn-ghost"
                          onClick={() => setEditing(a.id)}
                        >
                          {t(S.edit)}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Async>
    </section>
  );
}
