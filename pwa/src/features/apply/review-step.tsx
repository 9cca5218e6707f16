/**
 * The summary before 提交申请 (or 提交补正材料): what will be sent, the applicant's promise
 * under 告知承诺制, and the consents PIPL asks for — the processing of personal information,
 * and separately the sensitive kind (ID number, face). Nothing is ticked for them; nothing is
 * sent until all three are. What they agree to is core's text at PRIVACY_NOTICE_VERSION,
 * which the worker records with the submission.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { ConsentInput } from '@core/api';
import { ATTACHMENT_KIND_LABELS } from '@core/attachments';
import { BUSINESS_TYPE_LABELS, type BusinessType } from '@core/business-types';
import {
  APPLICANT_PROMISE,
  CONSENT_FACTS,
  CONSENT_TEXTS,
  PRIVACY_NOTICE_VERSION,
  withBureau,
} from '@core/privacy';
import { C } from '../../app/common.strings';
import { labelOf } from '../../app/format';
import { loadJurisdictions } from '../../app/jurisdictions';
import { dict, fmt, t, type Text } from '../../app/i18n';
import { FormFields } from '../cases/case-parts';
import { PrivacyNotice } from '../privacy/privacy-notice';
import { F } from './form.strings';

const R = dict({
  title: { zh: '核对并提交', en: 'Check and submit' },
  titleCorrection: { zh: '核对补正内容', en: 'Check the corrections' },
  lead: {
    zh: '请核对下面将要提交的内容。确认无误后，阅读并勾选承诺和同意，再点下方按钮提交。',
    en: 'Check what will be sent below. If it is right, read and tick the promise and the consents, then submit.',
  },
  photos: { zh: '材料照片', en: 'Photos' },
  photoSent: { zh: '已上传', en: 'Uploaded' },
  photoWaiting: {
    zh: '等待网络，联网后随申请自动上传',
    en: 'Waiting for the network: uploaded with the application',
  },
  promiseTitle: { zh: '告知承诺', en: 'Your promise (告知承诺)' },
  promiseLead: {
    zh: '按照告知承诺制，本人郑重承诺：',
    en: 'Under the notify-and-promise system, I promise that:',
  },
  consentTitle: { zh: '个人信息处理同意', en: 'Consent to process personal information' },
  readNotice: { zh: '阅读《个人信息保护政策》全文', en: 'Read the full privacy notice' },
  tickAll: {
    zh: '请先阅读并勾选上面{n}项，才能提交。',
    en: 'Read and tick the {n} statement(s) above before submitting.',
  },
  tickThis: { zh: '请勾选此项', en: 'Please tick this' },
  back: { zh: '返回修改', en: 'Back to the form' },
});

type Tick = 'promise' | 'personalInfo' | 'sensitiveInfo';
const TICKS: Tick[] = ['promise', 'personalInfo', 'sensitiveInfo'];

function Check(p: {
  name: Tick;
  text: Text;
  checked: boolean;
  missing: boolean;
  onChange: (v: boolean) => void;
}) {
  const id = `consent-${p.name}`;
  return (
    <div class={`field consent-check${p.missing ? ' consent-missing' : ''}`}>
      <label class="check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={p.checked}
          aria-invalid={p.missing || undefined}
          aria-describedby={p.missing ? `${id}-err` : undefined}
          data-testid={id}
          onChange={(e) => p.onChange(e.currentTarget.checked)}
        />
        <span>{t(withBureau(p.text, C.bureau))}</span>
      </label>
      {p.missing && (
        <p class="error" id={`${id}-err`}>
          {t(R.tickThis)}
        </p>
      )}
    </div>
  );
}

export function ReviewStep(p: {
  type: BusinessType;
  correction: boolean;
  /** The form exactly as it will be sent (photos waiting stand in by kind). */
  form: Record<string, unknown>;
  /** Photos still on the device, by kind. */
  waiting: Record<string, string>;
  busy: boolean;
  error: string | null;
  submitText: Text;
  onBack: () => void;
  onConfirm: (consent: ConsentInput) => void;
}) {
  const ticked = useSignal<Record<Tick, boolean>>({
    promise: false,
    personalInfo: false,
    sensitiveInfo: false,
  });
  const tried = useSignal(false);
  const countyName = useSignal<string | null>(null);
  const head = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    head.current?.focus();
    const code = p.form.county;
    if (typeof code === 'string') {
      loadJurisdictions()
        .then((j) => (countyName.value = j.units.find((u) => u.code === code)?.name ?? null))
        .catch(() => undefined); // the code is shown instead
    }
  }, []);
  const missing = TICKS.filter((k) => !ticked.value[k]);
  const photos = Object.entries((p.form.attachments ?? {}) as Record<string, string>);

  function confirm() {
    tried.value = true;
    if (missing.length) {
      document.getElementById(`consent-${missing[0]}`)?.focus();
      return;
    }
    p.onConfirm({
      noticeVersion: PRIVACY_NOTICE_VERSION,
      promise: true,
      personalInfo: true,
      sensitiveInfo: true,
    });
  }

  const check = (name: Tick, text: Text) => (
    <Check
      name={name}
      text={text}
      checked={ticked.value[name]}
      missing={tried.value && !ticked.value[name]}
      onChange={(v) => (ticked.value = { ...ticked.value, [name]: v })}
    />
  );

  return (
    <section class="apply-review" data-testid="review-step">
      <header class="page-head">
        <h1 ref={head} tabIndex={-1}>
          {t(BUSINESS_TYPE_LABELS[p.type])} · {t(p.correction ? R.titleCorrection : R.title)}
        </h1>
      </header>
      <p class="lead">{t(R.lead)}</p>
      <FormFields form={p.form} display={countyName.value ? { county: countyName.value } : {}} />
      {photos.length > 0 && (
        <section class="panel">
          <h2>{t(R.photos)}</h2>
          <ul class="apply-review-photos" data-testid="review-photos">
            {photos.map(([kind]) => (
              <li key={kind}>
                <span>{labelOf(ATTACHMENT_KIND_LABELS, kind)}</span>
                <span class={kind in p.waiting ? 'badge badge-warn' : 'badge badge-ok'}>
                  {t(kind in p.waiting ? R.photoWaiting : R.photoSent)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="panel promise" data-testid="promise">
        <h2>{t(R.promiseTitle)}</h2>
        <p>{t(R.promiseLead)}</p>
        <ol class="bullets">
          {APPLICANT_PROMISE.map((x, i) => (
            <li key={i}>{t(x)}</li>
          ))}
        </ol>
        {check('promise', CONSENT_TEXTS.promise)}
      </section>
      <section class="panel consent" data-testid="consent">
        <h2>{t(R.consentTitle)}</h2>
        <dl class="facts">
          {CONSENT_FACTS.map((f, i) => (
            <div class="fact" key={i}>
              <dt>{t(f.label)}</dt>
              <dd>{t(withBureau(f.text, C.bureau))}</dd>
            </div>
          ))}
        </dl>
        <details class="notice-full">
          <summary>{t(R.readNotice)}</summary>
          <PrivacyNotice level={3} />
        </details>
        {check('personalInfo', CONSENT_TEXTS.personalInfo)}
        {check('sensitiveInfo', CONSENT_TEXTS.sensitiveInfo)}
      </section>
      <div aria-live="assertive">
        {tried.value && missing.length > 0 && (
          <p class="error form-error" role="alert" data-testid="consent-error">
            {fmt(t(R.tickAll), { n: missing.length })}
          </p>
        )}
        {p.error && (
          <p class="error form-error" role="alert" data-testid="form-error">
            {p.error}
          </p>
        )}
      </div>
      <button
        type="button"
        class="btn btn-primary btn-block"
        data-testid="confirm-submit"
        disabled={p.busy}
        onClick={confirm}
      >
        {p.busy ? t(F.submitting) : t(p.submitText)}
      </button>
      <button
        type="button"
        class="btn btn-ghost btn-block"
        data-testid="back-to-form"
        onClick={p.onBack}
      >
        {t(R.back)}
      </button>
    </section>
  );
}
