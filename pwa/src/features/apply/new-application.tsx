/**
 * 新办理: pick a business type (and, except for 新办, one of the applicant's licences), then
 * create a server-side draft and open it. The guided form per type follows on the draft page.
 */
import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import type { ApplicationDetail, LicenceView } from '@core/api';
import {
  BUSINESS_TYPES,
  BUSINESS_TYPE_LABELS,
  needsExistingLicence,
  type BusinessType,
} from '@core/business-types';
import { api, errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { t, lbl } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { GUIDES } from '../consult/guide';
import { fetchMyLicences } from '../services/licences';
import { V } from '../services/services.strings';
import { P } from './apply.strings';

function asType(s: string | undefined): BusinessType | null {
  return s && (BUSINESS_TYPES as readonly string[]).includes(s) ? (s as BusinessType) : null;
}

export function NewApplication() {
  const { query, route } = useLocation();
  const type = useSignal<BusinessType | null>(asType(query.type));
  const licenceId = useSignal<string | null>(null);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);

  async function create() {
    if (!type.value) return;
    busy.value = true;
    error.value = null;
    try {
      const body: { type: BusinessType; form: object; licenceId?: string } = {
        type: type.value,
        form: {},
      };
      if (licenceId.value) body.licenceId = licenceId.value;
      const res = await api.post<{ application: ApplicationDetail }>('/api/my/applications', body);
      toast(t(P.created));
      route(`/apply/${res.application.id}`);
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  return (
    <section data-testid="new-application-view">
      <a class="back-link" href="/apply">
        ‹ {t(P.allApplications)}
      </a>
      <PageTitle text={P.newApplication} />
      <fieldset class="choice-list">
        <legend>{t(P.chooseType)}</legend>
        {BUSINESS_TYPES.map((bt) => (
          <label key={bt} class={`choice ${type.value === bt ? 'choice-on' : ''}`}>
            <input
              type="radio"
              name="business-type"
              value={bt}
              checked={type.value === bt}
              onChange={() => {
                type.value = bt;
                licenceId.value = null;
              }}
            />
            <span class="choice-text">
              <span class="card-title">{t(BUSINESS_TYPE_LABELS[bt])}</span>
              <span class="card-sub">{t(GUIDES[bt].when)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {type.value && needsExistingLicence(type.value) && (
        <LicencePicker
          value={licenceId.value}
          onPick={(id) => {
            licenceId.value = id;
          }}
        />
      )}
      <div aria-live="assertive">
        {error.value && (
          <p class="error" role="alert">
            {error.value}
          </p>
        )}
      </div>
      <button
        type="button"
        class="btn btn-primary btn-block"
        data-testid="create-draft"
        disabled={
          busy.value ||
          !type.value ||
          (needsExistingLicence(type.value) && licenceId.value === null)
        }
        onClick={create}
      >
        {busy.value ? t(P.creating) : t(P.create)}
      </button>
    </section>
  );
}

function LicencePicker(props: { value: string | null; onPick: (id: string) => void }) {
  const res = useResource(fetchMyLicences, []);
  return (
    <Async res={res} isEmpty={(d) => d.items.length === 0} empty={P.noLicences}>
      {(d) => (
        <fieldset class="choice-list">
          <legend>{t(P.chooseLicence)}</legend>
          <p class="hint">{t(P.chooseLicenceHint)}</p>
          {d.items.map((l: LicenceView) => (
            <label key={l.id} class={`choice ${props.value === l.id ? 'choice-on' : ''}`}>
              <input
                type="radio"
                name="licence"
                value={l.id}
                checked={props.value === l.id}
                onChange={() => props.onPick(l.id)}
              />
              <span class="choice-text">
                <span class="card-title">{l.shopName}</span>
                <span class="card-sub">
                  {lbl(P.licenceNo)}
                  {l.number}
                </span>
                <span class="card-meta">
                  {l.address} · {t(V.validUntil)} {formatDate(l.expiresOn)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </Async>
  );
}
