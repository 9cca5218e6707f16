/**
 * 新办: who operates the shop, what it is, where it is (the address, and the spot on the map in
 * WGS-84 with the county it lies in), the proof of premises and the document photos, and
 * optionally the agent.
 */
import { useSignal } from '@preact/signals';
import { ATTACHMENT_KIND_LABELS, type AttachmentKind } from '@core/attachments';
import { PREMISES_PROOFS, PREMISES_PROOF_LABELS } from '@core/form-choices';
import { applicant } from '../../app/auth';
import { t, type Text } from '../../app/i18n';
import { toast } from '../../app/toast';
import { SpotPicker } from '../map/picker-view';
import { CheckField, ChoiceField, RequiredMark, TextField, type Binding } from './fields';
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
          class="btn"
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

/**
 * Where the shop is: the spot picker (search, current position, map and pin) sets the latitude,
 * longitude and county together; the county follows the spot, as the submission checks it.
 */
function Location({ b }: { b: Binding }) {
  const str = (k: string) => (typeof b.form[k] === 'string' ? (b.form[k] as string) : '');
  return (
    <div class="location" data-field="county">
      <p class="location-label">
        {t(F.location)}
        {(b.required.has('county') || b.required.has('lat')) && <RequiredMark />}
      </p>
      <p class="hint">{t(F.locationHint)}</p>
      <SpotPicker
        value={{ lat: str('lat'), lng: str('lng'), county: str('county') }}
        onChange={(v) => {
          for (const k of ['lat', 'lng', 'county'] as const) {
            const value = v[k];
            if (value !== undefined && value !== str(k)) b.set(k, value);
          }
        }}
        errors={{ lat: b.errors.lat, lng: b.errors.lng, county: b.errors.county }}
        ids={{ lat: 'f-lat', lng: 'f-lng' }}
      />
    </div>
  );
}

export function NewForm({ b }: { b: Binding }) {
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
