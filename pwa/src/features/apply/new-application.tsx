/**
 * 新办理: pick a business type (and, except for 新办, one of the applicant's licences), then
 * start a draft and open its guided form. The draft is made on the device first (with its own
 * uuid) so starting works offline; the server copy follows in the background.
 */
import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import type { LicenceView } from '@core/api';
import {
  BUSINESS_TYPES,
  BUSINESS_TYPE_LABELS,
  needsExistingLicence,
  type BusinessType,
} from '@core/business-types';
import { applicant } from '../../app/auth';
import { formatDate } from '../../app/format';
import { t, lbl } from '../../app/i18n';
import { useCachedResource } from '../../app/offline-copy';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { guideIndex, refreshGuideIndex } from '../consult/guide.store';
import { fetchMyLicences } from '../services/licences';
import { V } from '../services/services.strings';
import { P } from './apply.strings';
import { saveLocal, syncToServer } from './drafts.store';
import { emptyForm } from './form-state';
import { PreconditionPanel } from './form-parts';
import { prefillIdentity } from './open-draft';
import { LICENCE_REASONS, precheck } from './precheck';

function asType(s: string | undefined): BusinessType | null {
  return s && (BUSINESS_TYPES as readonly string[]).includes(s) ? (s as BusinessType) : null;
}

export function NewApplication() {
  refreshGuideIndex();
  const { query, route } = useLocation();
  const type = useSignal<BusinessType | null>(asType(query.type));
  const licence = useSignal<LicenceView | null>(null);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const who = applicant.value;
  const bt = type.value;
  const blocking =
    bt && licence.value
      ? precheck(bt, licence.value, emptyForm(bt)).filter((r) => LICENCE_REASONS.has(r.code))
      : [];

  async function create() {
    if (!type.value || !who) return;
    busy.value = true;
    error.value = null;
    try {
      const base = emptyForm(type.value);
      const draft = await saveLocal({
        id: crypto.randomUUID(),
        ownerId: who.id,
        type: type.value,
        licenceId: licence.value?.id ?? null,
        licence: licence.value,
        form: type.value === 'new' ? await prefillIdentity(base, who) : base,
        idempotencyKey: crypto.randomUUID(),
        mode: 'draft',
        correction: null,
        onServer: false,
        updatedAt: '',
      });
      void syncToServer(draft);
      toast(t(P.created));
      route(`/apply/${draft.id}/edit`);
    } catch {
      error.value = t(P.createFailed);
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
                licence.value = null;
              }}
            />
            <span class="choice-text">
              <span class="card-title">{t(BUSINESS_TYPE_LABELS[bt])}</span>
              <span class="card-sub">
                {t(guideIndex.value.guides.find((g) => g.type === bt)?.when ?? { zh: '', en: '' })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {type.value && needsExistingLicence(type.value) && (
        <LicencePicker
          value={licence.value?.id ?? null}
          onPick={(l) => {
            licence.value = l;
          }}
        />
      )}
      <PreconditionPanel reasons={blocking} />
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
          blocking.length > 0 ||
          (needsExistingLicence(type.value) && licence.value === null)
        }
        onClick={create}
      >
        {busy.value ? t(P.creating) : t(P.create)}
      </button>
    </section>
  );
}

function LicencePicker(props: { value: string | null; onPick: (l: LicenceView) => void }) {
  const res = useCachedResource('licences', fetchMyLicences, []);
  return (
    <Async res={res} isEmpty={(d) => d.data.items.length === 0} empty={P.noLicences}>
      {({ data: d }) => (
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
                onChange={() => props.onPick(l)}
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
