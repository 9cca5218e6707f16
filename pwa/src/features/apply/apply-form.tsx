/**
 * The guided form page (/apply/:id/edit): a draft, or a case sent back for 补正. Every change
 * is saved as you type; required fields are marked from the start. "Next" validates with the
 * worker's own schema and preconditions, then shows the summary with the promise and the
 * consents (review-step.tsx); confirming sends, or queues when offline (photos still waiting
 * go with it) and shows the case once the queue delivers it. A draft can be deleted here.
 */
import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ConsentInput, LicenceView } from '@core/api';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { errorText } from '../../app/api';
import { applicant } from '../../app/auth';
import { discard, outboxDelivered, outboxItems } from '../../app/outbox';
import { fmt, locale, t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { useDocumentTitle } from '../../app/title';
import { failureOf, type Failure } from '../../app/failure';
import { ErrorState, Loading, NotFoundState, OfflineState } from '../../app/ui';
import { P } from './apply.strings';
import {
  flushSave,
  forgetDraft,
  loadDraft,
  saveLocal,
  scheduleSave,
  type LocalDraft,
} from './drafts.store';
import type { Binding } from './fields';
import { fieldErrors, type FieldErrors } from './form-state';
import { validate } from './form-validate';
import { F } from './form.strings';
import { flaggedFields } from './correction-fields';
import { openDraft } from './open-draft';
import { LicenceSummary, PreconditionPanel, SaveIndicator } from './form-parts';
import { TypeFields } from './other-forms';
import { LICENCE_REASONS, precheck } from './precheck';
import { send, waitingPhotos, withWaitingPhotos } from './submit';
import { requiredFields } from './required';
import { ReviewStep } from './review-step';
import { DeleteDraft } from './delete-draft';
import './apply.css';

/** What the summary shows: the form as it will be sent, and the photos still on the device. */
interface Review {
  form: Record<string, unknown>;
  waiting: Record<string, string>;
}

export function ApplyForm({ params }: { params: { id: string } }) {
  const { route } = useLocation();
  const draft = useSignal<LocalDraft | null>(null);
  const licence = useSignal<LicenceView | null>(null);
  const correction = useSignal<{ version: number; items: string[] } | null>(null);
  const loadFailed = useSignal<{ failure: Failure; message: string } | null>(null);
  const attempt = useSignal(0);
  const errors = useSignal<FieldErrors>({});
  const formError = useSignal<string | null>(null);
  const busy = useSignal(false);
  const queued = useSignal(false);
  const review = useSignal<Review | null>(null);
  const reviewError = useSignal<string | null>(null);
  const who = applicant.value;
  const type = draft.value?.type;
  useDocumentTitle(
    type && t(BUSINESS_TYPE_LABELS[type]),
    t(correction.value ? F.correctTitle : F.fillTitle),
  );

  useEffect(() => {
    if (!who) return;
    openDraft(params.id, who)
      .then((o) => {
        if (o.kind === 'elsewhere') return route(`/apply/${params.id}`, true);
        draft.value = o.draft;
        licence.value = o.licence;
        correction.value = o.correction;
      })
      .catch((err: unknown) => {
        loadFailed.value = { failure: failureOf(err), message: errorText(err) };
      });
  }, [params.id, attempt.value]);

  // The outbox delivered our queued submission: the case exists now, show it.
  useSignalEffect(() => {
    const d = draft.value;
    const got = d ? outboxDelivered.value[d.idempotencyKey] : undefined;
    if (d && got) {
      void forgetDraft(d.id);
      toast(t(F.submitted));
      route(`/apply/${got.application.id}`, true);
    }
  });
  // …or the server refused it once online: back to the form with the reasons.
  useSignalEffect(() => {
    const d = draft.value;
    const failed =
      d &&
      outboxItems.value.find(
        (i) =>
          i.tag === d.id &&
          i.state === 'failed' &&
          (i.request.kind === 'submit' || i.request.kind === 'resubmit'),
      );
    if (failed?.error) {
      queued.value = false;
      review.value = null;
      formError.value = fmt(t(F.queuedFailed), { msg: failed.error.message });
      errors.value = fieldErrors(failed.error.issues);
      void discard(failed.key);
    }
  });

  const reasons = useComputed(() => {
    const d = draft.value;
    return d ? precheck(d.type, licence.value, d.form) : [];
  });
  // Waiting in the outbox, also after a reload (the outbox is read from IndexedDB at start).
  const inOutbox = useComputed(() =>
    outboxItems.value.some(
      (i) =>
        i.tag === draft.value?.id &&
        i.state === 'waiting' &&
        (i.request.kind === 'submit' || i.request.kind === 'resubmit'),
    ),
  );
  const blocking = reasons.value.filter((r) => LICENCE_REASONS.has(r.code));

  // No copy on this device and the server's cannot be read: say which (see failure.ts).
  const failed = loadFailed.value;
  if (failed) {
    const retry = () => {
      loadFailed.value = null;
      attempt.value++;
    };
    if (failed.failure === 'not-found') return <NotFoundState text={F.notFound} />;
    if (failed.failure === 'offline') return <OfflineState onRetry={retry} />;
    return <ErrorState message={failed.message} onRetry={retry} />;
  }
  const d = draft.value;
  if (!d) return <Loading />;

  const b: Binding = {
    id: d.id,
    form: d.form,
    errors: errors.value,
    flagged: flaggedFields(correction.value?.items ?? []),
    required: requiredFields(d.type, d.form),
    set: (name, value) => {
      // From the signal, not the render's `d`: two sets in one tick (lat, then lng) both stick.
      const cur = draft.value ?? d;
      const next = { ...cur, form: { ...cur.form, [name]: value } };
      draft.value = next;
      if (errors.value[name]) errors.value = { ...errors.value, [name]: '' };
      scheduleSave(next);
    },
  };

  /** 下一步: every problem at once, or the summary of what will be sent. */
  async function toReview(e: Event) {
    e.preventDefault();
    const cur = draft.value;
    if (!cur || busy.value) return;
    formError.value = null;
    await flushSave();
    // A photo waiting for the network counts as there: it goes up with the submission.
    const waiting = await waitingPhotos(cur);
    const v = validate(cur.type, withWaitingPhotos(cur.form, waiting), locale.value === 'zh-CN');
    if (!v.ok) {
      errors.value = v.errors;
      formError.value = fmt(t(F.fixErrors), { n: Object.keys(v.errors).length });
      focusFirstError();
      return;
    }
    const why = precheck(cur.type, licence.value, cur.form);
    if (why.length) {
      formError.value = why.map((r) => (locale.value === 'en' ? r.en : r.zh)).join(' ');
      return;
    }
    reviewError.value = null;
    review.value = { form: withWaitingPhotos(v.form, waiting), waiting };
  }

  /** 提交申请 / 提交补正材料 from the summary, with the consents just ticked. */
  async function confirm(consent: ConsentInput) {
    const cur = draft.value;
    const r = review.value;
    if (!cur || !r || busy.value) return;
    busy.value = true;
    reviewError.value = null;
    try {
      const fresh = (await loadDraft(cur.id)) ?? (await saveLocal(cur));
      const c = correction.value;
      const sending = c ? { ...fresh, mode: 'correction' as const, correction: c } : fresh;
      const out = await send(sending, r.form, consent, r.waiting);
      if (out.kind === 'queued') {
        queued.value = true;
        review.value = null;
        // Back on the long form: bring the "queued" notice into view.
        requestAnimationFrame(() =>
          document.querySelector('[data-testid="queued"]')?.scrollIntoView({ block: 'center' }),
        );
      } else if (out.kind === 'done') {
        await forgetDraft(cur.id);
        toast(t(F.submitted));
        route(`/apply/${out.application.id}`);
      } else if (out.error.code === 'CONSENT_REQUIRED') {
        reviewError.value = out.error.message;
      } else {
        // Back to the form, where the reasons show at their fields.
        review.value = null;
        formError.value = out.error.message;
        errors.value = fieldErrors(out.error.issues.filter((i) => i.path.startsWith('form')));
        if (out.error.code === 'PRECONDITION_FAILED' || out.error.code === 'CONFLICT') return;
        focusFirstError();
      }
    } finally {
      busy.value = false;
    }
  }

  const submitText = correction.value ? F.resubmit : F.submit;
  if (review.value) {
    return (
      <ReviewStep
        type={d.type}
        correction={!!correction.value}
        form={review.value.form}
        waiting={review.value.waiting}
        busy={busy.value}
        error={reviewError.value}
        submitText={submitText}
        onBack={() => (review.value = null)}
        onConfirm={(consent) => void confirm(consent)}
      />
    );
  }

  const realnameMissing = who !== null && !who.realNameVerified;
  return (
    <form class="form apply-form" onSubmit={toReview} noValidate data-testid="apply-form">
      <a class="back-link" href="/apply">
        ‹ {t(P.allApplications)}
      </a>
      <header class="page-head">
        <h1>
          {t(BUSINESS_TYPE_LABELS[d.type])} · {t(correction.value ? F.correctTitle : F.fillTitle)}
        </h1>
        <SaveIndicator />
      </header>
      {correction.value && (
        <section class="panel panel-warn" role="note" data-testid="correction-items">
          <p>{t(F.correctionBanner)}</p>
          <ol class="bullets">
            {correction.value.items.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ol>
        </section>
      )}
      {licence.value && <LicenceSummary l={licence.value} type={d.type} />}
      {/* Missing answers are the validator's job; every other refusal shows while typing. */}
      <PreconditionPanel
        reasons={reasons.value.filter(
          (r) => LICENCE_REASONS.has(r.code) || !r.code.endsWith('_required'),
        )}
      />
      {realnameMissing && (
        <p class="notice" role="note">
          {t(F.realnameNeeded)}{' '}
          <a href={`/realname?next=${encodeURIComponent(`/apply/${d.id}/edit`)}`}>
            {t(F.goRealname)} ›
          </a>
        </p>
      )}
      {blocking.length === 0 && <p class="hint required-note">{t(F.requiredNote)}</p>}
      {blocking.length === 0 && <TypeFields type={d.type} b={b} />}
      <div aria-live="assertive">
        {formError.value && (
          <p class="error form-error" role="alert" data-testid="form-error">
            {formError.value}
          </p>
        )}
        {(queued.value || inOutbox.value) && (
          <p class="notice queued" role="status" data-testid="queued">
            {t(correction.value ? F.queuedCorrection : F.queued)}
          </p>
        )}
      </div>
      <button
        type="submit"
        class="btn btn-primary btn-block"
        data-testid="submit-application"
        disabled={
          busy.value || queued.value || inOutbox.value || blocking.length > 0 || realnameMissing
        }
      >
        {t(correction.value ? F.nextCorrection : F.next)}
      </button>
      {d.mode === 'draft' && !queued.value && !inOutbox.value && (
        <DeleteDraft id={d.id} ownerId={d.ownerId} onDeleted={() => route('/apply', true)} />
      )}
    </form>
  );
}

function focusFirstError() {
  // After the render that shows the errors: move to the first one so it is read out.
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(
      '.apply-form [aria-invalid="true"], .apply-form .error',
    );
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  });
}
