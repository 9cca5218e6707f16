/** The side panels behind a click: a grid's numbers and retailers, a retailer's licences. */
import { api, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { LevelBadge } from '../../app/level-badge';
import { Async } from '../../app/ui';
import { S, STATUS_TEXT } from './map.strings';

export function GridPanel({ id, version }: { id: string; version: number }) {
  const res = useResource(
    () => read(api.map.grids[':id'].$get({ param: { id: encodeURIComponent(id) } })),
    [id, version],
  );
  return (
    <Async res={res}>
      {(g) => (
        <div data-testid="grid-panel" data-grid={g.id} data-level={g.level}>
          <h2>
            {t(S.grid)} <span class="mono hint">{g.name ?? g.id}</span>
          </h2>
          <LevelBadge level={g.level} />
          <dl class="facts">
            <div class="fact">
              <dt>{t(S.capacity)}</dt>
              <dd>{g.capacity}</dd>
            </div>
            <div class="fact">
              <dt>{t(S.count)}</dt>
              <dd>{g.count}</dd>
            </div>
            <div class="fact">
              <dt>{t(S.free)}</dt>
              <dd>{g.free}</dd>
            </div>
            <div class="fact">
              <dt>{t(S.queue)}</dt>
              <dd>
                {g.queue.length === 0 ? (
                  t(S.none)
                ) : (
                  <ol class="plain-list">
                    {g.queue.map((q) => (
                      <li key={q.id} class="mono">
                        {q.ref}
                      </li>
                    ))}
                  </ol>
                )}
              </dd>
            </div>
          </dl>
          <h3>{t(S.formula)}</h3>
          <p class="mono small">{g.computation.formula}</p>
          {g.override !== null && (
            <p class="small">
              {t(S.override)}: {g.override}（{g.overrideReason}）
            </p>
          )}
          <h3>
            {t(S.retailers)} ({g.retailers.length})
          </h3>
          <ul class="plain-list small">
            {g.retailers.map((r) => (
              <li key={r.id}>
                {r.shopName} · {t(STATUS_TEXT[r.status] ?? S.none)} ·{' '}
                <span class="mono">{r.number}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Async>
  );
}

export function RetailerPanel({ lat, lng }: { lat: number; lng: number }) {
  const res = useResource(
    () => read(api.map.retailers.at.$get({ query: { lat, lng } })),
    [lat, lng],
  );
  return (
    <Async res={res}>
      {(d) => (
        <div data-testid="retailer-panel">
          {d.licences.map((l) => (
            <section key={l.id}>
              <h2>{l.shopName}</h2>
              <dl class="facts">
                <div class="fact">
                  <dt>{t(S.licence)}</dt>
                  <dd class="mono">{l.number}</dd>
                </div>
                <div class="fact">
                  <dt>{t(S.status)}</dt>
                  <dd>{t(STATUS_TEXT[l.status] ?? S.none)}</dd>
                </div>
                <div class="fact">
                  <dt>{t(S.holder)}</dt>
                  <dd>{l.holderName}</dd>
                </div>
                <div class="fact">
                  <dt>{t(S.validity)}</dt>
                  <dd>
                    {l.issuedOn} – {l.expiresOn}
                  </dd>
                </div>
                <div class="fact">
                  <dt>{t(S.address)}</dt>
                  <dd>{l.address}</dd>
                </div>
              </dl>
              <h3>{t(S.history)}</h3>
              <ul class="plain-list small">
                {l.history.length === 0 && <li>{t(S.none)}</li>}
                {l.history.map((h, i) => (
                  <li key={i}>
                    {h.at.slice(0, 10)} {h.ref} {h.action} → {h.toStatus} · {h.actor}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Async>
  );
}
