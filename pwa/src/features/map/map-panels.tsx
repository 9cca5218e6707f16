/**
 * The side panels behind a click: a grid's numbers, queue and retailers; a retailer's licence
 * and the history of the cases the caller may read. Every value has its label and is said in
 * words (statuses, steps, dates), never a bare code or a dash.
 */
import { LicenceRecords } from '../imports/licence-records';
import { STATUS_LABELS } from '@core/application-state';
import { BUSINESS_TYPE_LABELS, LICENCE_STATUS_LABELS } from '@core/business-types';
import { COMPLIANCE_CLASS_LABELS } from '@core/compliance';
import { api, read } from '../../app/api';
import { formatDate, labelOf } from '../../app/format';
import { dict, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { LevelBadge } from '../../app/level-badge';
import { Async } from '../../app/ui';
import { eventLabel } from '../cases/case-parts';
import { S } from './map.strings';

const R = dict({
  county: { zh: '所在区县', en: 'County' },
  compliance: { zh: '守法分类', en: 'Compliance class' },
  points: { zh: ' 分', en: ' points' },
  nextCheck: { zh: '下次例行检查：', en: 'Next routine check: ' },
  gridOf: { zh: '所在市场单元', en: 'Market grid' },
  showGrid: { zh: '查看该网格', en: 'Show this grid' },
  suspended: { zh: '停业期间', en: 'Suspended' },
  notRecorded: { zh: '未登记', en: 'Not recorded' },
  noHistory: {
    zh: '没有您可查看的办理记录。',
    en: 'No case history you may read.',
  },
  nothingHere: {
    zh: '该位置没有零售户，请放大地图后点击零售户圆点。',
    en: 'No retailer here: zoom in and click a retailer’s dot.',
  },
  by: { zh: '经办', en: 'by' },
  gridId: { zh: '网格编号', en: 'Grid id' },
});

export function GridPanel(props: {
  id: string;
  version: number;
  countyName: (code: string) => string;
}) {
  const { id, version } = props;
  const res = useResource(
    () => read(api.map.grids[':id'].$get({ param: { id: encodeURIComponent(id) } })),
    [id, version],
  );
  return (
    <Async res={res}>
      {(g) => (
        <div data-testid="grid-panel" data-grid={g.id} data-level={g.level}>
          <h2>
            {t(S.grid)} · {g.name ?? props.countyName(g.county)}
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
                      <li key={q.id}>
                        <a class="mono" href={`/queue/${q.id}`}>
                          {q.ref}
                        </a>
                      </li>
                    ))}
                  </ol>
                )}
              </dd>
            </div>
            <div class="fact">
              <dt>{t(R.gridId)}</dt>
              <dd class="mono small">{g.id}</dd>
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
                {r.shopName} · {labelOf(LICENCE_STATUS_LABELS, r.status)} ·{' '}
                <span class="mono">{r.number}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Async>
  );
}

export function RetailerPanel(props: {
  lat: number;
  lng: number;
  countyName: (code: string) => string;
  onGrid: (id: string) => void;
}) {
  const { lat, lng } = props;
  const res = useResource(
    () => read(api.map.retailers.at.$get({ query: { lat, lng } })),
    [lat, lng],
  );
  const known = (v: string | null | undefined) => (v ? v : t(R.notRecorded));
  return (
    <Async res={res}>
      {(d) => (
        <div data-testid="retailer-panel">
          {d.licences.length === 0 && <p class="hint">{t(R.nothingHere)}</p>}
          {d.licences.map((l) => (
            <section key={l.id}>
              <h2>{known(l.shopName)}</h2>
              <dl class="facts">
                <div class="fact">
                  <dt>{t(S.licence)}</dt>
                  <dd class="mono">{l.number}</dd>
                </div>
                <div class="fact">
                  <dt>{t(S.status)}</dt>
                  <dd>{labelOf(LICENCE_STATUS_LABELS, l.status)}</dd>
                </div>
                {l.status === 'suspended' && l.suspendedFrom && (
                  <div class="fact">
                    <dt>{t(R.suspended)}</dt>
                    <dd>
                      {formatDate(l.suspendedFrom)} – {formatDate(l.suspendedUntil)}
                    </dd>
                  </div>
                )}
                <div class="fact">
                  <dt>{t(S.holder)}</dt>
                  <dd>{known(l.holderName)}</dd>
                </div>
                <div class="fact">
                  <dt>{t(S.validity)}</dt>
                  <dd>
                    {formatDate(l.issuedOn)} – {formatDate(l.expiresOn)}
                  </dd>
                </div>
                <div class="fact">
                  <dt>{t(S.address)}</dt>
                  <dd>{known(l.address)}</dd>
                </div>
                <div class="fact">
                  <dt>{t(R.county)}</dt>
                  <dd>{props.countyName(l.county)}</dd>
                </div>
                <div class="fact" data-testid="retailer-compliance">
                  <dt>{t(R.compliance)}</dt>
                  <dd>
                    {t(COMPLIANCE_CLASS_LABELS[l.compliance.klass])} · {l.compliance.score}
                    {t(R.points)}
                    <br />
                    {t(R.nextCheck)}
                    {formatDate(l.compliance.nextCheckDue)}
                  </dd>
                </div>
                {l.gridId && (
                  <div class="fact">
                    <dt>{t(R.gridOf)}</dt>
                    <dd>
                      <button
                        type="button"
                        class="btn btn-small"
                        onClick={() => l.gridId && props.onGrid(l.gridId)}
                      >
                        {t(R.showGrid)}
                      </button>
                    </dd>
                  </div>
                )}
              </dl>
              <LicenceRecords licenceId={l.id} heading="h3" />
              <h3>{t(S.history)}</h3>
              {l.history.length === 0 ? (
                <p class="hint">{t(R.noHistory)}</p>
              ) : (
                <ol class="plain-list small map-history">
                  {l.history.map((h, i) => (
                    <li key={i}>
                      <time dateTime={h.at}>{formatDate(h.at)}</time>{' '}
                      {labelOf(BUSINESS_TYPE_LABELS, h.type)} <span class="mono">{h.ref}</span>
                      <br />
                      {eventLabel(h.action)} → {labelOf(STATUS_LABELS, h.toStatus)} · {t(R.by)}{' '}
                      {h.actor}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
        </div>
      )}
    </Async>
  );
}
