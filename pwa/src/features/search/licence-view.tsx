/**
 * 许可证详情 for the workbench: the register's facts about one licence and the cases about it
 * that the caller may read (the server decides both). Reached from 综合查询.
 */
import { useRoute } from 'preact-iso';
import { STATUS_LABELS } from '@core/application-state';
import { BUSINESS_TYPE_LABELS, LICENCE_STATUS_LABELS } from '@core/business-types';
import { api, opts, read } from '../../app/api';
import { formatDate, labelOf } from '../../app/format';
import { dict, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { S } from './search.strings';
import { COMPLIANCE_CLASS_LABELS } from '@core/compliance';
import { LicenceRecords } from '../imports/licence-records';

const COMPLIANCE = dict({
  klass: { zh: '守法分类', en: 'Compliance class' },
  points: { zh: ' 分', en: ' points' },
  nextCheck: { zh: '下次例行检查 ', en: 'next routine check ' },
});
import './search.css';

export function LicenceView() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const res = useResource(
    (signal) => read(api.licences[':id'].$get({ param: { id } }, opts({ signal }))),
    [id],
  );
  return (
    <section class="search-licence" data-testid="licence-view">
      <PageTitle text={S.licenceTitle} />
      <p>
        <a
          href="/search"
          onClick={(e) => {
            if (history.length > 1) {
              e.preventDefault();
              history.back();
            }
          }}
        >
          ← {t(S.back)}
        </a>
      </p>
      <Async res={res} notFound={S.notFound}>
        {({ licence: l, cases, compliance }) => (
          <>
            <h2>{l.shopName}</h2>
            <dl>
              <dt>{t(S.number)}</dt>
              <dd data-testid="licence-number">{l.number}</dd>
              <dt>{t(S.status)}</dt>
              <dd>
                <span class="badge">{labelOf(LICENCE_STATUS_LABELS, l.status)}</span>
              </dd>
              <dt>{t(S.holder)}</dt>
              <dd>{l.holderName}</dd>
              {l.holderPhone && (
                <>
                  <dt>{t(S.phone)}</dt>
                  <dd>{l.holderPhone}</dd>
                </>
              )}
              {l.creditCode && (
                <>
                  <dt>{t(S.creditCode)}</dt>
                  <dd>{l.creditCode}</dd>
                </>
              )}
              <dt>{t(S.address)}</dt>
              <dd>{l.address ?? '—'}</dd>
              <dt>{t(S.validity)}</dt>
              <dd>
                {formatDate(l.issuedOn)} – {formatDate(l.expiresOn)}
              </dd>
              <dt>{t(COMPLIANCE.klass)}</dt>
              <dd data-testid="licence-compliance">
                {t(COMPLIANCE_CLASS_LABELS[compliance.klass])} · {compliance.score}
                {t(COMPLIANCE.points)} · {t(COMPLIANCE.nextCheck)}
                {formatDate(compliance.nextCheckDue)}
              </dd>
              {l.suspendedFrom && (
                <>
                  <dt>{t(S.suspended)}</dt>
                  <dd>
                    {formatDate(l.suspendedFrom)} – {formatDate(l.suspendedUntil)}
                  </dd>
                </>
              )}
            </dl>
            <LicenceRecords licenceId={l.id} heading="h2" />
            <h2>{t(S.cases)}</h2>
            {cases.length === 0 ? (
              <p class="state state-empty">{t(S.noCases)}</p>
            ) : (
              <ul class="search-items" data-testid="licence-cases">
                {cases.map((c) => (
                  <li key={c.id}>
                    <a href={`/queue/${c.id}`}>
                      <span class="search-item-title">
                        <span>{labelOf(BUSINESS_TYPE_LABELS, c.type)}</span>
                        <span class="badge">{labelOf(STATUS_LABELS, c.status)}</span>
                      </span>
                      <span class="search-item-sub">
                        {c.ref} · {t(S.submitted)} {formatDate(c.submittedOn)}
                        {c.decidedOn ? ` · ${t(S.decided)} ${formatDate(c.decidedOn)}` : ''}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Async>
    </section>
  );
}
