/**
 * 新办: who operates the shop, what it is, where it is (GPS position in WGS-84 plus the
 * address), the proof of premises and the document photos, and optionally the agent.
 */
import { useSignal } from '@preact/signals';
import { ATTACHMENT_KIND_LABELS, type AttachmentKind } from '@core/attachments';
import { PREMISES_PROOFS, PREMISES_PROOF_LABELS } from '@core/form-choices';
import { useEffect } from 'preact/hooks';
import { applicant } from '../../app/auth';
import { t, type Text } from '../../app/i18n';
import { toast } from '../../app/toast';
import { loadJurisdictions, type Unit } from '../../app/jurisdictions';
import { CheckField, ChoiceField, SelectField, TextField, type Binding } from './fields';
import { F } from './form.strings';
import { fillFromPhoto } from './ocr-fill';
import { PhotoField } from './photo-field';
import { LayoutHint } from './layout-hint';

/** One document photo of the form, named as the staff case page names it (core's labels). */
export function Photo(p: {
  b: Binding;
  kind: AttachmentKind;
  /** The form can be sent without it; the label says so. */
  optional?: boolean;
  hint?: Text;
  /** Read the photo with OCR and fill the form from it. */
  ocr?: 'id' | 'licence';
}) {
  const name = ATTACHMENT_KIND_LABELS[p.kind];
  const label = p.optional
    ? { zh: name.zh + F.optionalMark.zh, en: name.en + F.optionalMark.en }
    : name;
  const att = (p.b.form.attachments ?? {}) as Record<string, string>;
  const photo = useSignal<Blob | null>(null);
  const reading = useSignal(false);
  async function read() {
    if (!photo.value || !p.ocr) return;
    reading.value = true;
    try {
      await fillFromPhoto(p.b, p.ocr, photo.value);
    } catch (err) {
      // The reader (its chunk, its worker or its language data) could not be fetched.
      console.error('[xuke] photo reading failed', err);
      toast(t(F.ocrUnavailable));
    } finally {
      reading.value = false;
    }
  }
  return (
    <>
      <PhotoField
        kind={p.kind}
        label={label}
        hint={p.hint}
        value={att[p.kind] ?? ''}
        persistKey={`${p.b.id}:${p.kind}`}
        onChange={(id) => p.b.set('attachments', { ...att, [p.kind]: id })}
        onPhoto={p.ocr ? (blob) => (photo.value = blob) : undefined}
        error={p.b.errors[`attachments.${p.kind}`]}
        highlight={p.b.flagged.has(`attachments.${p.kind}`)}
        required={p.b.required.has(`attachments.${p.kind}`)}
      />
      {p.ocr && photo.value && photo.value.type !== 'application/pdf' && (
        <button
          type="button"
          class="btn secondary"
          data-testid={`ocr-fill-${p.ocr}`}
          disabled={reading.value}
          onClick={() => void read()}
        >
          {t(F.ocrFill)}
        </button>
      )}
    </>
  );
}

function Location({ b }: { b: Binding }) {
  const busy = useSignal(false);
  const problem = useSignal(false);
  function locate() {
    if (!('geolocation' in navigator)) {
      problem.value = true;
      return;
    }
    busy.value = true;
    problem.value = false;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        busy.value = false;
        // Six decimals ≈ 0.1 m: more only pretends a precision a phone GPS does not have.
        b.set('lat', pos.coords.latitude.toFixed(6));
        b.set('lng', pos.coords.longitude.toFixed(6));
      },
      () => {
        busy.value = false;
        problem.value = true;
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }
  return (
    <div class="location">
      <p class="hint">{t(F.locationHint)}</p>
      <button
        type="button"
        class="btn btn-block"
        onClick={locate}
        disabled={busy.value}
        data-testid="use-location"
      >
        <svg
          viewBox="0 0 24 24"
          width="20"
          height="20"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        >
          <path d="M12 22s7-6.2 7-12a7 7 0 0 0-14 0c0 5.8 7 12 7 12z" />
          <circle cx="12" cy="10" r="2.5" />
        </svg>{' '}
        {t(busy.value ? F.locating : F.useLocation)}
      </button>
      {problem.value && (
        <p class="error" role="alert">
          {t(F.locationDenied)}
        </p>
      )}
      <div class="field-pair">
        <TextField b={b} name="lat" label={F.lat} inputMode="decimal" />
        <TextField b={b} name="lng" label={F.lng} inputMode="decimal" />
      </div>
    </div>
  );
}

export function NewForm({ b }: { b: Binding }) {
  const units = useSignal<Unit[]>([]);
  useEffect(() => {
    loadJurisdictions()
      .then((j) => (units.value = j.units))
      .catch(() => undefined); // the select stays empty; the error shows on submit
  }, []);
  const byAgent = b.form.byAgent === true;
  // Say the name came from the verified identity only when it did (and still reads so).
  const who = applicant.value;
  const nameFromIdentity =
    !!who?.realNameVerified && !!who.name && b.form.operatorName === who.name;
  return (
    <>
      <section class="panel form-section">
        <h2>{t(F.sectionOperator)}</h2>
        <TextField
          b={b}
          name="operatorName"
          label={F.operatorName}
          hint={nameFromIdentity ? F.operatorNameHint : F.operatorNameAsOnCard}
          autoComplete="name"
        />
        <TextField b={b} name="idNumber" label={F.idNumber} hint={F.idNumberHint} upper />
      </section>
      <section class="panel form-section">
        <h2>{t(F.sectionShop)}</h2>
        <TextField b={b} name="shopName" label={F.shopName} hint={F.shopNameHint} />
        <TextField b={b} name="creditCode" label={F.creditCode} hint={F.creditCodeHint} upper />
        <ChoiceField
          b={b}
          name="premisesProof"
          label={F.premisesProof}
          options={PREMISES_PROOFS.map((k) => [k, PREMISES_PROOF_LABELS[k]])}
        />
      </section>
      <section class="panel form-section">
        <h2>{t(F.sectionPlace)}</h2>
        <SelectField
          b={b}
          name="county"
          label={F.county}
          placeholder={F.chooseCounty}
          options={units.value.map((u) => [u.code, u.name])}
        />
        <TextField
          b={b}
          name="address"
          label={F.address}
          hint={F.addressHint}
          autoComplete="street-address"
        />
        <Location b={b} />
        <LayoutHint form={b.form} />
      </section>
      <section class="panel form-section">
        <h2>{t(F.sectionMaterials)}</h2>
        <Photo b={b} kind="idCardFront" hint={F.idCardHint} ocr="id" />
        <Photo b={b} kind="businessLicence" ocr="licence" />
        <Photo b={b} kind="premisesProof" />
      </section>
      <section class="panel form-section">
        <h2>{t(F.sectionAgent)}</h2>
        <CheckField b={b} name="byAgent" label={F.byAgent} hint={F.byAgentHint} />
        {byAgent && (
          <>
            <TextField b={b} name="agentName" label={F.agentName} />
            <TextField
              b={b}
              name="agentIdNumber"
              label={F.agentIdNumber}
              hint={F.idNumberHint}
              upper
            />
            <Photo b={b} kind="agentAuthorisation" />
          </>
        )}
      </section>
    </>
  );
}
