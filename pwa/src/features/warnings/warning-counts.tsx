/**
 * The open-warning counts shown in the staff menu and on the workbench home: loaded once per
 * sign-in, refreshed after an acknowledgement and every few minutes (they are small).
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { WarningCounts } from '@core/warnings';
import { api, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { S } from './warnings.strings';
import './warnings.css';

export const warningCounts = signal<WarningCounts | null>(null);

export function refreshWarningCounts(): void {
  read(api.warnings.counts.$get())
    .then((c) => (warningCounts.value = c))
    .catch(() => undefined);
}

/** Keeps the counts fresh while the workbench is open. */
export function useWarningCounts(): void {
  useEffect(() => {
    refreshWarningCounts();
    const id = setInterval(refreshWarningCounts, 5 * 60_000);
    return () => clearInterval(id);
  }, []);
}

/** The badge beside 预警 in the menu. */
export function WarningBadge() {
  const c = warningCounts.value;
  const n = c ? c.red + c.yellow : 0;
  if (n === 0) return null;
  return (
    <span
      class={c && c.red > 0 ? 'warnings-menu-count warnings-menu-red' : 'warnings-menu-count'}
      data-testid="menu-warning-count"
      aria-label={fmt(t(S.menuCount), { n })}
    >
      {n}
    </span>
  );
}

/** The line on the workbench home (工作队列): how many warnings wait, linked to the list. */
export function WarningSummary() {
  const c = warningCounts.value;
  if (!c || c.red + c.yellow === 0) return null;
  return (
    <a class="warnings-summary" href="/warnings" data-testid="home-warning-count">
      <span class="warnings-badge warnings-badge-red">{c.red}</span>
      <span class="warnings-badge warnings-badge-yellow">{c.yellow}</span>
      <span>{fmt(t(S.menuCount), { n: c.red + c.yellow })}</span>
    </a>
  );
}
