/** Small building blocks shared by every screen: async states, badges, page headings. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CLOCK_LABELS, type ClockColour } from '@core/clocks';
import { reachable } from './api';
import { clockDetail } from './clock-detail';
import { C } from './common.strings';
import { fmt, t, type Text, lbl } from './i18n';
import type { Resource } from './resource';
import { useDocumentTitle } from './title';

export function Loading({ label }: { label?: Text }) {
  return (
    <div class="state state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {t(label ?? C.loading)}
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div class="state state-error" role="alert">
      <p>
        <strong>{lbl(C.loadFailed)}</strong>
        {message}
      </p>
      {onRetry && (
        <button type="button" class="btn" onClick={onRetry}>
          {t(C.retry)}
        </button>
      )}
    </div>
  );
}

export function Empty({ text }: { text: Text }) {
  return <p class="state state-empty">{t(text)}</p>;
}

/** The server answered that this does not exist (a real 404, never a network failure). */
export function NotFoundState({ text }: { text?: Text }) {
  return (
    <div class="state state-gone" role="status" data-testid="state-not-found">
      <p>
        <strong>{t(text ?? C.goneTitle)}</strong>
      </p>
      <p>{t(C.goneBody)}</p>
    </div>
  );
}

/**
 * No network. Tries again by itself once the network is back (another request got through,
 * or the browser says so), and offers the button meanwhile.
 */
export function OfflineState({ onRetry }: { onRetry: () => void }) {
  const back = reachable.value;
  const wasBack = useRef(back);
  useEffect(() => {
    if (back && !wasBack.current) onRetry();
    wasBack.current = back;
  }, [back]);
  useEffect(() => {
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [onRetry]);
  return (
    <div class="state state-offline" role="alert" data-testid="state-offline">
      <p>
        <strong>{t(C.offlineTitle)}</strong>
      </p>
      <p>{t(C.offlineBody)}</p>
      <button type="button" class="btn" onClick={onRetry}>
        {t(C.retry)}
      </button>
    </div>
  );
}

/**
 * Renders a resource's loading and failure states (not found, offline, error: see failure.ts),
 * and `empty` when `isEmpty(data)`. A failure is never shown as an empty list.
 */
export function Async<T>(props: {
  res: Resource<T>;
  isEmpty?: (data: T) => boolean;
  empty?: Text;
  /** What "not found" means here, e.g. 没有找到这份申请. */
  notFound?: Text;
  children: (data: T) => ComponentChildren;
}) {
  const { res } = props;
  if (res.state === 'loading') return <Loading />;
  if (res.state === 'error') {
    if (res.failure === 'not-found') return <NotFoundState text={props.notFound} />;
    if (res.failure === 'offline') return <OfflineState onRetry={res.reload} />;
    return <ErrorState message={res.message} onRetry={res.reload} />;
  }
  if (props.isEmpty?.(res.data) && props.empty) return <Empty text={props.empty} />;
  return <>{props.children(res.data)}</>;
}

/** The SLA clock: colour plus words, never colour alone (WCAG 1.4.1). */
export function ClockBadge({ clock, daysLeft }: { clock: ClockColour; daysLeft: number | null }) {
  const d = clockDetail(clock, daysLeft);
  const detail =
    d === null
      ? ''
      : d.kind === 'past'
        ? t(C.pastDeadline)
        : fmt(t(d.kind === 'left' ? C.daysLeft : C.overdueBy), { n: d.n });
  return (
    <span class={`badge clock clock-${clock}`} data-testid="clock-badge" data-clock={clock}>
      <span class="clock-dot" aria-hidden="true" />
      {t(CLOCK_LABELS[clock])}
      {detail && <span class="clock-detail"> · {detail}</span>}
    </span>
  );
}

/** A screen's heading; it also names the page in the document title. */
export function PageTitle({ text, children }: { text: Text; children?: ComponentChildren }) {
  useDocumentTitle(t(text));
  return (
    <header class="page-head">
      <h1>{t(text)}</h1>
      {children}
    </header>
  );
}
