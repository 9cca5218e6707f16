/** Small building blocks shared by every screen: async states, badges, page headings. */
import type { ComponentChildren } from 'preact';
import { CLOCK_LABELS, type ClockColour } from '@core/clocks';
import { C } from './common.strings';
import { fmt, t, type Text, lbl } from './i18n';
import type { Resource } from './resource';

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

/** Renders a resource's loading and error states, and `empty` when `isEmpty(data)`. */
export function Async<T>(props: {
  res: Resource<T>;
  isEmpty?: (data: T) => boolean;
  empty?: Text;
  children: (data: T) => ComponentChildren;
}) {
  const { res } = props;
  if (res.state === 'loading') return <Loading />;
  if (res.state === 'error') return <ErrorState message={res.message} onRetry={res.reload} />;
  if (props.isEmpty?.(res.data) && props.empty) return <Empty text={props.empty} />;
  return <>{props.children(res.data)}</>;
}

/** The SLA clock: colour plus words, never colour alone (WCAG 1.4.1). */
export function ClockBadge({ clock, daysLeft }: { clock: ClockColour; daysLeft: number | null }) {
  let detail = '';
  if (daysLeft !== null && clock !== 'none') {
    detail =
      daysLeft >= 0
        ? fmt(t(C.daysLeft), { n: daysLeft })
        : fmt(t(C.overdueBy), { n: Math.abs(daysLeft) });
  }
  return (
    <span class={`badge clock clock-${clock}`} data-testid="clock-badge" data-clock={clock}>
      <span class="clock-dot" aria-hidden="true" />
      {t(CLOCK_LABELS[clock])}
      {detail && <span class="clock-detail"> · {detail}</span>}
    </span>
  );
}

export function PageTitle({ text, children }: { text: Text; children?: ComponentChildren }) {
  return (
    <header class="page-head">
      <h1>{t(text)}</h1>
      {children}
    </header>
  );
}
