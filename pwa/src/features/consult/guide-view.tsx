/** One business type's guide: when, conditions, materials, clocks, fee. */
import { BUSINESS_TYPE_LABELS, type BusinessType } from '@core/business-types';
import { C } from '../../app/common.strings';
import { fmt, t, type Text } from '../../app/i18n';
import { useDocumentTitle } from '../../app/title';
import { Empty } from '../../app/ui';
import { S } from './consult.strings';
import { FEE, GUIDES, STATUTORY_CLOCKS } from './guide';

function isType(s: string): s is BusinessType {
  return s in GUIDES;
}

function List({ title, items }: { title: Text; items: Text[] }) {
  if (items.length === 0) return null;
  return (
    <section class="panel">
      <h2>{t(title)}</h2>
      <ul class="bullets">
        {items.map((x, i) => (
          <li key={i}>{t(x)}</li>
        ))}
      </ul>
    </section>
  );
}

export function GuideView({ params }: { params: { type: string } }) {
  const type = params.type;
  useDocumentTitle(isType(type) && t(BUSINESS_TYPE_LABELS[type]), t(S.title));
  if (!isType(type)) return <Empty text={S.unknownType} />;
  const g = GUIDES[type];
  return (
    <article data-testid="guide-view">
      <a class="back-link" href="/consult">
        ‹ {t(S.allGuides)}
      </a>
      <header class="page-head">
        <h1>{t(BUSINESS_TYPE_LABELS[type])}</h1>
      </header>
      <section class="panel">
        <h2>{t(S.when)}</h2>
        <p>{t(g.when)}</p>
      </section>
      <List title={S.conditions} items={g.conditions} />
      <List title={S.materials} items={g.materials} />
      <section class="panel">
        <h2>{t(S.limits)}</h2>
        <dl class="limits">
          {STATUTORY_CLOCKS.map((c, i) => (
            <div key={i} class="limit-row">
              <dt>{t(c.label)}</dt>
              <dd>
                <strong>{fmt(t(C.workingDays), { n: c.days })}</strong>
                {c.note && <p class="hint">{t(c.note)}</p>}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section class="panel">
        <h2>{t(S.fee)}</h2>
        <p>
          <strong>{t(FEE)}</strong>
        </p>
      </section>
      <List title={S.notes} items={g.notes} />
      <a class="btn btn-primary btn-block" href={`/apply/new?type=${type}`}>
        {t(S.applyNow)}
      </a>
    </article>
  );
}
