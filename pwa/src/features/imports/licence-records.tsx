/**
 * A licence's records from the sales, distribution and internal-management systems, with the
 * "no delivery for 6 months" flag: on the staff licence page and in the map's licence panel.
 */
import {
  CUSTOMER_STATUS_LABELS,
  RECORD_SOURCE_LABELS,
  type LicenceRecordView,
} from '@core/deliveries';
import { api, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async } from '../../app/ui';
import { S } from './imports.strings';
import './imports.css';

function Record({ r }: { r: LicenceRecordView }) {
  return (
    <li class="imports-record" data-testid="licence-record">
      <strong>{t(RECORD_SOURCE_LABELS[r.source])}</strong>
      <dl class="imports-facts">
        <div>
          <dt>{t(S.customerCode)}</dt>
          <dd class="mono">{r.customerCode}</dd>
        </div>
        <div>
          <dt>{t(S.monthlyVolume)}</dt>
          <dd>
            {r.monthlyVolume}
            {t(S.cartons)}
          </dd>
        </div>
        <div>
          <dt>{t(S.lastDelivery)}</dt>
          <dd>{r.lastDeliveryOn ? formatDate(r.lastDeliveryOn) : t(S.none)}</dd>
        </div>
        <div>
          <dt>{t(S.customerStatus)}</dt>
          <dd>{t(CUSTOMER_STATUS_LABELS[r.status])}</dd>
        </div>
      </dl>
      <span class="hint">
        {t(S.importedAt)} {formatDate(r.importedAt)}
      </span>
    </li>
  );
}

/** `heading`: the level that fits where the panel sits (h2 on the page, h3 in the map panel). */
export function LicenceRecords(props: { licenceId: string; heading: 'h2' | 'h3' }) {
  const id = props.licenceId;
  const res = useResource(
    (signal) => read(api.licences[':id'].records.$get({ param: { id } }, opts({ signal }))),
    [id],
  );
  const H = props.heading;
  return (
    <section class="imports-records" data-testid="licence-records">
      <H>{t(S.recordsTitle)}</H>
      <Async res={res}>
        {(d) => (
          <>
            {d.quiet && (
              <p class="imports-quiet" role="note" data-testid="licence-quiet">
                {t(S.quiet)}
                {d.lastDeliveryOn ? ` · ${t(S.lastDelivery)} ${formatDate(d.lastDeliveryOn)}` : ''}
              </p>
            )}
            {d.records.length === 0 ? (
              <p class="hint">{t(S.noRecords)}</p>
            ) : (
              <ul class="imports-record-list">
                {d.records.map((r) => (
                  <Record key={r.source} r={r} />
                ))}
              </ul>
            )}
          </>
        )}
      </Async>
    </section>
  );
}
