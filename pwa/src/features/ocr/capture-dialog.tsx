/**
 * The capture screen as a full-screen dialog: camera or gallery → recognition in the OCR
 * worker with progress and cancel → check and edit → resolve. Loaded only when opened.
 */
import { render } from 'preact';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { appToday } from '../../app/calendar';
import { fmt, t } from '../../app/i18n';
import {
  checkAgainstIdentity,
  checkLicenceAgainstIdentity,
  type KnownIdentity,
} from '../../../../worker/core/ocr/identity';
import type { Refusal } from '../../../../worker/core/ocr/quality';
import type { OcrKind } from '../../../../worker/core/ocr/types';
import type { OcrFailure, OcrOutcome, OcrProgress } from '../../workers/ocr-protocol';
import { OcrCancelledError, OcrFailedError, recognise, releaseOcr } from './bridge';
import { CameraView } from './camera-view';
import type { CaptureResult } from './index';
import { O } from './ocr.strings';
import { ResultView } from './result-view';
import './ocr.css';

type Phase =
  | { at: 'camera' }
  | { at: 'working'; image: Blob; progress: OcrProgress | null; restarted?: true }
  | { at: 'result'; image: Blob; outcome: OcrOutcome }
  | { at: 'refused'; reason: Refusal }
  | { at: 'failed'; image: Blob; failure: OcrFailure };

const FAILURE_TEXT: Record<OcrFailure, (typeof O)[keyof typeof O]> = {
  download: O.failedDownload,
  stalled: O.failedStalled,
  error: O.failed,
};

const REFUSAL_TEXT: Record<Refusal, (typeof O)[keyof typeof O]> = {
  dark: O.refusedDark,
  blurred: O.refusedBlurred,
  cut_off: O.refusedCutOff,
  glare: O.refusedGlare,
  not_found: O.refusedNotFound,
  unreadable: O.refusedUnreadable,
};

function progressText(p: OcrProgress | null, restarted?: true): string {
  if (!p) return t(restarted ? O.restarting : O.prepare);
  if (p.phase === 'download') return fmt(t(O.download), { n: Math.round(p.progress * 100) });
  return t(p.stage === 'read' ? O.read : p.stage === 'prepare' ? O.prepare : O.reread);
}

/**
 * A document read for one's own application, checked against the real-name identity
 * (identity.ts): an ID card by its number, bounded by the app's day; a 个体工商户 licence by
 * its operator.
 */
function withIdentity(outcome: OcrOutcome, known?: KnownIdentity): OcrOutcome {
  if (!known) return outcome;
  if (outcome.kind === 'id') {
    return { ...outcome, fields: checkAgainstIdentity(outcome.fields, known, appToday()).fields };
  }
  const individual = outcome.family === 'individual';
  return { ...outcome, fields: checkLicenceAgainstIdentity(outcome.fields, individual, known) };
}

function Capture(p: {
  kind: OcrKind;
  image?: Blob;
  known?: KnownIdentity;
  done: (r: CaptureResult | null) => void;
}) {
  const phase = useSignal<Phase>({ at: 'camera' });
  const abort = useRef<AbortController | null>(null);

  /** A worker that stopped responding is started afresh once before the applicant is told. */
  const run = (image: Blob, attempt = 1) => {
    abort.current?.abort();
    const ac = new AbortController();
    abort.current = ac;
    phase.value = { at: 'working', image, progress: null, ...(attempt > 1 && { restarted: true }) };
    recognise(p.kind, image, {
      signal: ac.signal,
      onProgress: (progress) => {
        if (phase.value.at === 'working') phase.value = { ...phase.value, progress };
      },
    }).then(
      (outcome) =>
        (phase.value = outcome.refused
          ? { at: 'refused', reason: outcome.refused }
          : { at: 'result', image, outcome: withIdentity(outcome, p.known) }),
      (err: unknown) => {
        if (err instanceof OcrCancelledError) return;
        const failure = err instanceof OcrFailedError ? err.failure : 'error';
        // Kept in the console for whoever looks into it; the applicant gets the plain reason.
        console.warn(`[xuke] OCR failed (${failure}, attempt ${attempt})`, err);
        if (failure === 'stalled' && attempt === 1) run(image, 2);
        else phase.value = { at: 'failed', image, failure };
      },
    );
  };

  useEffect(() => {
    if (p.image) run(p.image);
    return () => abort.current?.abort();
  }, []);

  const ph = phase.value;
  return (
    <div class="ocr-dialog" role="dialog" aria-modal="true" data-testid="ocr-capture">
      {ph.at === 'camera' && (
        <CameraView kind={p.kind} onImage={run} onCancel={() => p.done(null)} />
      )}
      {ph.at === 'working' && (
        <div class="ocr-working" role="status" aria-live="polite">
          <p>{progressText(ph.progress, ph.restarted)}</p>
          {ph.progress?.phase === 'download' && <progress max={1} value={ph.progress.progress} />}
          <button
            type="button"
            class="btn"
            onClick={() => {
              abort.current?.abort();
              phase.value = { at: 'camera' };
            }}
          >
            {t(O.cancel)}
          </button>
        </div>
      )}
      {ph.at === 'failed' && (
        <div class="ocr-working" role="alert" data-testid="ocr-failed" data-failure={ph.failure}>
          <p>{t(FAILURE_TEXT[ph.failure])}</p>
          <button type="button" class="btn btn-primary" onClick={() => run(ph.image)}>
            {t(O.tryAgain)}
          </button>
          <button type="button" class="btn" onClick={() => (phase.value = { at: 'camera' })}>
            {t(O.retake)}
          </button>
          <button type="button" class="btn btn-ghost" onClick={() => p.done(null)}>
            {t(O.typeIn)}
          </button>
        </div>
      )}
      {ph.at === 'refused' && (
        <div class="ocr-working" role="alert" data-testid="ocr-refused" data-reason={ph.reason}>
          <p>{t(REFUSAL_TEXT[ph.reason])}</p>
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => (phase.value = { at: 'camera' })}
          >
            {t(O.retake)}
          </button>
          <button type="button" class="btn btn-ghost" onClick={() => p.done(null)}>
            {t(O.typeIn)}
          </button>
        </div>
      )}
      {ph.at === 'result' && (
        <ResultView
          outcome={ph.outcome}
          onUse={(fields, confidence) => p.done({ fields, confidence, image: ph.image })}
          onRetake={() => (phase.value = { at: 'camera' })}
          onCancel={() => p.done(null)}
        />
      )}
    </div>
  );
}

/**
 * Mounts the capture dialog over the page and resolves when the applicant finishes. `known`:
 * the applicant's verified identity, given only when they apply in their own name.
 */
export function showCapture(
  kind: OcrKind,
  image?: Blob,
  known?: KnownIdentity,
): Promise<CaptureResult | null> {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.append(host);
    const done = (r: CaptureResult | null) => {
      render(null, host);
      host.remove();
      releaseOcr();
      resolve(r);
    };
    render(<Capture kind={kind} image={image} known={known} done={done} />, host);
  });
}
