/** 咨询 tab: the service guide index and the FAQ. */
import { BUSINESS_TYPES, BUSINESS_TYPE_LABELS } from '@core/business-types';
import { t } from '../../app/i18n';
import { PageTitle } from '../../app/ui';
import { S as CIO } from './can-i-open.strings';
import { S } from './consult.strings';
import { guideIndex, refreshGuideIndex } from './guide.store';

export function ConsultView() {
  refreshGuideIndex();
  const index = guideIndex.value;
  const faq = index.guides.flatMap((g) => g.faq);
  return (
    <section data-testid="consult-view">
      <PageTitle text={S.title} />
      <p class="lead">{t(S.intro)}</p>
      <a class="card card-link" href="/consult/can-i-open" data-testid="can-i-open-link">
        <span class="card-title">{t(CIO.link)}</span>
        <span class="card-sub">{t(CIO.linkSub)}</span>
        <span class="chevron" aria-hidden="true">
          ›
        </span>
      </a>
      <ul class="card-list" aria-label={t(S.title)}>
        {BUSINESS_TYPES.map((type) => (
          <li key={type}>
            <a class="card card-link" href={`/consult/${type}`}>
              <span class="card-title">{t(BUSINESS_TYPE_LABELS[type])}</span>
              <span class="card-sub">
                {t(index.guides.find((g) => g.type === type)?.when ?? { zh: '', en: '' })}
              </span>
              <span class="chevron" aria-hidden="true">
                ›
              </span>
            </a>
          </li>
        ))}
      </ul>
      <h2>{t(S.faq)}</h2>
      <div class="faq">
        {faq.map((item, i) => (
          <details key={i} class="faq-item">
            <summary>{t(item.q)}</summary>
            <p>{t(item.a)}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
