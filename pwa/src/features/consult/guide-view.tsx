/**
 * One business type's guide as the bureau last published it: when, conditions, materials with
 * example photos, statutory and promised time limits, fee, notes, where to ask, FAQ.
 */
import { BUSINESS_TYPE_LABELS, BUSINESS_TYPES, type BusinessType } from '@core/business-types';
import type { GuideMaterial, GuideText } from '@core/guide';
import { C } from '../../app/common.strings';
import { fmt, t, type Text } from '../../app/i18n';
import { useDocumentTitle } from '../../app/title';
import { Empty, Loading } from '../../app/ui';
import { S } from './consult.strings';
import { useGuide } from './guide.store';
import './consult.css';

function isType(s: string): s is BusinessType {
  return (BUSINESS_TYPES as readonly string[]).includes(s);
}

function List({ title, items }: { title: Text; items: GuideText[] }) {
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

function Material({ m }: { m: GuideMaterial }) {
  const photos = [
    [m.goodPhoto, S.goodExample, 'consult-photo-good'],
    [m.badPhoto, S.badExample, 'consult-photo-bad'],
  ] as const;
  return (
    <li>
      {t(m.name)}
      {(m.goodPhoto || m.badPhoto) && (
        <div class="consult-photos">
          {photos.map(([id, label, cls]) =>
            id ? (
              <figure key={id} class={`consult-photo ${cls}`}>
                <img src={`/api/guides/images/${id}`} alt={t(label)} loading="lazy" />
                <figcaption>{t(label)}</figcaption>
              </figure>
            ) : null,
          )}
        </div>
      )}
    </li>
  );
}

export function GuideView({ params }: { params: { type: string } }) {
  const type = isType(params.type) ? params.type : null;
  useDocumentTitle(type && t(BUSINESS_TYPE_LABELS[type]), t(S.title));
  const answer = useGuide(type);
  if (!type) return <Empty text={S.unknownType} />;
  if (!answer) return <Loading />;
  const g = answer.content;
  return (
    <article data-testid="guide-view">
      <a class="back-link" href="/consult">
        ‹ {t(S.allGuides)}
      </a>
      <header class="page-head">
        <h1>{t(BUSINESS_TYPE_LABELS[type])}</h1>
        <p class="hint" data-testid="guide-version">
          {fmt(t(S.version), { n: answer.version })}
          {answer.createdAt ? ` · ${answer.createdAt.slice(0, 10)}` : ''}
        </p>
      </header>
      <section class="panel">
        <h2>{t(S.when)}</h2>
        <p data-testid="guide-when">{t(g.when)}</p>
      </section>
      <List title={S.conditions} items={g.conditions} />
      {g.materials.length > 0 && (
        <section class="panel">
          <h2>{t(S.materials)}</h2>
          <ul class="bullets">
            {g.materials.map((m, i) => (
              <Material key={i} m={m} />
            ))}
          </ul>
        </section>
      )}
      <section class="panel">
        <h2>{t(S.limits)}</h2>
        <dl class="limits">
          {g.limits.map((c, i) => (
            <div key={i} class="limit-row">
              <dt>{t(c.label)}</dt>
              <dd>
                <strong>
                  {t(S.statutory)} {fmt(t(C.workingDays), { n: c.statutoryDays })}
                </strong>
                {c.promisedDays < c.statutoryDays && (
                  <span class="consult-promised">
                    {t(S.promised)} {fmt(t(C.workingDays), { n: c.promisedDays })}
                  </span>
                )}
                {c.note && <p class="hint">{t(c.note)}</p>}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section class="panel">
        <h2>{t(S.fee)}</h2>
        <p>
          <strong>{t(g.fee)}</strong>
        </p>
      </section>
      <List title={S.notes} items={g.notes} />
      <List title={S.whereToAsk} items={g.whereToAsk} />
      {g.faq.length > 0 && (
        <section class="panel">
          <h2>{t(S.faq)}</h2>
          {g.faq.map((item, i) => (
            <details key={i} class="faq-item">
              <summary>{t(item.q)}</summary>
              <p>{t(item.a)}</p>
            </details>
          ))}
        </section>
      )}
      <a class="btn btn-primary btn-block" href={`/apply/new?type=${type}`}>
        {t(S.applyNow)}
      </a>
    </article>
  );
}
