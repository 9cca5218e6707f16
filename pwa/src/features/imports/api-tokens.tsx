/**
 * 接口令牌 (admins): the list with scopes, counties, last use and state; a new token whose secret
 * is shown once; revocation after a confirmation. The server hashes, checks and audits.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { API_SCOPES, API_SCOPE_LABELS, type ApiScope } from '@core/api-tokens';
import { api, errorText, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { loadJurisdictions } from '../../app/jurisdictions';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { S } from './imports.strings';
import './imports.css';

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

function Checks<V extends string>(props: {
  legend: string;
  name: string;
  options: { value: V; label: string }[];
  value: V[];
  onChange: (v: V[]) => void;
}) {
  return (
    <fieldset class="imports-checks">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            name={props.name}
            value={o.value}
            checked={props.value.includes(o.value)}
            onChange={(e) =>
              props.onChange(
                e.currentTarget.checked
                  ? [...props.value, o.value]
                  : props.value.filter((v) => v !== o.value),
              )
            }
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function NewToken(props: {
  units: Unit[];
  onCreated: (secret: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['imports:write']);
  const [counties, setCounties] = useState<string[]>([]);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  async function submit(e: Event) {
    e.preventDefault();
    error.value = !scopes.length ? t(S.pickScope) : !counties.length ? t(S.pickCounty) : null;
    if (error.value) return;
    busy.value = true;
    try {
      const r = await read(
        api.admin.tokens.$post({ json: { name, scopes, jurisdictions: counties } }),
      );
      props.onCreated(r.secret);
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  return (
    <form class="form imports-card" onSubmit={submit} data-testid="token-new">
      <h2>{t(S.newToken)}</h2>
      <div class="field">
        <label for="token-name">{t(S.tokenName)}</label>
        <input
          id="token-name"
          required
          maxLength={60}
          autoComplete="off"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <Checks
        legend={t(S.scopes)}
        name="token-scope"
        options={API_SCOPES.map((s) => ({ value: s, label: `${t(API_SCOPE_LABELS[s])} (${s})` }))}
        value={scopes}
        onChange={setScopes}
      />
      <Checks
        legend={t(S.counties)}
        name="token-county"
        options={props.units.map((u) => ({ value: u.code, label: u.name }))}
        value={counties}
        onChange={setCounties}
      />
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <div class="imports-actions">
        <button type="submit" class="btn btn-primary" disabled={busy.value}>
          {t(S.create)}
        </button>
        <button type="button" class="btn btn-ghost" onClick={props.onCancel}>
          {t(S.cancel)}
        </button>
      </div>
    </form>
  );
}

/** The secret, once: selectable text and a copy button. */
function SecretOnce(props: { secret: string; onDone: () => void }) {
  const copied = useSignal(false);
  return (
    <div class="imports-secret" role="status" data-testid="token-secret">
      <p>{t(S.secretOnce)}</p>
      <code>{props.secret}</code>
      <div class="imports-actions">
        <button
          type="button"
          class="btn"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(props.secret)
              .then(() => (copied.value = true))
              .catch(() => undefined)
          }
        >
          {t(copied.value ? S.copied : S.copy)}
        </button>
        <button type="button" class="btn btn-primary" onClick={props.onDone}>
          {t(S.done)}
        </button>
      </div>
    </div>
  );
}

export function ApiTokensView() {
  const units = useUnits();
  const [tick, setTick] = useState(0);
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const res = useResource(
    (signal) => read(api.admin.tokens.$get(undefined, opts({ signal }))),
    [tick],
  );
  const nameOf = (code: string) => units.find((u) => u.code === code)?.name ?? code;
  const [confirming, setConfirming] = useState<string | null>(null);
  async function revoke(id: string) {
    setConfirming(null);
    try {
      await read(api.admin.tokens[':id'].revoke.$post({ param: { id } }));
      toast(t(S.revokedDone));
      setTick(tick + 1);
    } catch (err) {
      toast(errorText(err));
    }
  }
  return (
    <section class="imports-page" data-testid="api-tokens">
      <PageTitle text={S.tokensTitle} />
      <p class="lead">{t(S.tokensLead)}</p>
      {secret ? (
        <SecretOnce secret={secret} onDone={() => setSecret(null)} />
      ) : adding ? (
        <NewToken
          units={units}
          onCancel={() => setAdding(false)}
          onCreated={(s) => {
            setAdding(false);
            setSecret(s);
            setTick(tick + 1);
          }}
        />
      ) : (
        <p>
          <button type="button" class="btn btn-primary" onClick={() => setAdding(true)}>
            {t(S.newToken)}
          </button>
        </p>
      )}
      <Async res={res}>
        {(d) =>
          d.tokens.length === 0 ? (
            <p class="state state-empty">{t(S.noTokens)}</p>
          ) : (
            <div class="imports-table-wrap">
              <table class="imports-table">
                <thead>
                  <tr>
                    <th>{t(S.tokenName)}</th>
                    <th>{t(S.scopes)}</th>
                    <th>{t(S.counties)}</th>
                    <th>{t(S.createdAt)}</th>
                    <th>{t(S.lastUsed)}</th>
                    <th>{t(S.state)}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {d.tokens.map((k) => (
                    <tr key={k.id} data-testid="token-row">
                      <td data-label={t(S.tokenName)}>{k.name}</td>
                      <td data-label={t(S.scopes)}>
                        {k.scopes.map((s) => (
                          <code key={s}>{s} </code>
                        ))}
                      </td>
                      <td data-label={t(S.counties)}>{k.jurisdictions.map(nameOf).join('、')}</td>
                      <td data-label={t(S.createdAt)}>
                        {formatDate(k.createdAt)} · {k.createdBy}
                      </td>
                      <td data-label={t(S.lastUsed)}>
                        {k.lastUsedAt ? formatDate(k.lastUsedAt) : t(S.never)}
                      </td>
                      <td data-label={t(S.state)}>
                        {k.revokedAt ? `${t(S.revoked)} ${formatDate(k.revokedAt)}` : t(S.active)}
                      </td>
                      <td>
                        {!k.revokedAt && confirming !== k.id && (
                          <button
                            type="button"
                            class="btn btn-ghost"
                            onClick={() => setConfirming(k.id)}
                          >
                            {t(S.revoke)}
                          </button>
                        )}
                        {confirming === k.id && (
                          <div role="alertdialog" aria-labelledby={`revoke-${k.id}`}>
                            <p id={`revoke-${k.id}`}>{fmt(t(S.confirmRevoke), { name: k.name })}</p>
                            <div class="imports-actions">
                              <button
                                type="button"
                                class="btn btn-danger"
                                onClick={() => void revoke(k.id)}
                                data-testid="token-revoke-confirm"
                              >
                                {t(S.revoke)}
                              </button>
                              <button
                                type="button"
                                class="btn btn-ghost"
                                onClick={() => setConfirming(null)}
                              >
                                {t(S.cancel)}
                              </button>
                            </div>
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
    </section>
  );
}
