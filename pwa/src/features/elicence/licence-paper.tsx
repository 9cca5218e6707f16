/** The e-licence laid out as the paper licence: the fields, the bureau with its seal, the code. */
import type { ELicenceAnswer } from '@core/api-answers';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { E } from './elicence.strings';
import { Seal } from './seal';
import { VerifyCode } from './verify-code';

export function LicencePaper({ l }: { l: ELicenceAnswer }) {
  return (
    <article class="elicence-paper" data-testid="e-licence" aria-labelledby="paper-title">
      <header class="paper-head">
        <p class="paper-country">{t(E.country)}</p>
        <h2 id="paper-title" class="paper-title">
          {t(E.paperTitle)}
        </h2>
        <p class="paper-kind">{t(E.electronic)}</p>
      </header>
      <dl class="facts paper-facts">
        <div class="fact">
          <dt>{t(E.number)}</dt>
          <dd class="mono" data-testid="e-licence-number">
            {l.number}
          </dd>
        </div>
        <div class="fact">
          <dt>{t(E.shop)}</dt>
          <dd>{l.shopName}</dd>
        </div>
        <div class="fact">
          <dt>{t(E.holder)}</dt>
          <dd>{l.holderName}</dd>
        </div>
        <div class="fact">
          <dt>{t(E.address)}</dt>
          <dd>{l.address}</dd>
        </div>
        <div class="fact">
          <dt>{t(E.scope)}</dt>
          <dd>{t(l.businessScope)}</dd>
        </div>
        <div class="fact">
          <dt>{t(E.validity)}</dt>
          <dd>
            {fmt(t(E.validRange), { from: formatDate(l.issuedOn), to: formatDate(l.expiresOn) })}
          </dd>
        </div>
      </dl>
      <footer class="paper-foot">
        <div class="paper-issuer">
          <p>
            {t(E.bureau)}
            <br />
            <strong data-testid="e-licence-bureau">{l.issuingBureau}</strong>
          </p>
          <p>
            {t(E.issuedOn)}
            <br />
            <strong>{formatDate(l.issuedOn)}</strong>
          </p>
          <Seal bureau={l.issuingBureau} label={fmt(t(E.sealLabel), { bureau: l.issuingBureau })} />
        </div>
        <VerifyCode url={l.verifyUrl} />
      </footer>
    </article>
  );
}
