/** The staff workbench: header with who is signed in, a side nav, and the screen. */
import { readsCountyCases } from '@core/access';
import { ROLE_LABELS } from '@core/roles';
import type { Me } from '@core/api';
import { Route, Router, useLocation } from 'preact-iso';
import { staff } from '../../app/auth';
import { CalendarNotice } from '../../app/deadline';
import { C } from '../../app/common.strings';
import { t, type Text, lbl, list } from '../../app/i18n';
import { NotFound } from '../../app/not-found';
import { LanguageToggle } from '../../app/preferences';
import { Redirect } from '../../app/redirect';
import { AnalysisView } from '../analysis/analysis-view';
import { InspectionsView } from '../inspections/inspections-view';
import { GridAdmin } from '../map/grid-admin';
import { MapView } from '../map/map-view';
import { CaseView } from '../queue/case-view';
import { QueueView } from '../queue/queue-view';
import { SettingsView } from '../settings/settings-view';
import { WarningsView } from '../warnings/warnings-view';
import { W } from './staff.strings';

type StaffMe = Extract<Me, { kind: 'staff' }>;

interface NavItem {
  href: string;
  label: Text;
  show?: (u: StaffMe) => boolean;
}

const NAV: NavItem[] = [
  { href: '/queue', label: W.queue },
  { href: '/map', label: W.map },
  { href: '/warnings', label: W.warnings },
  { href: '/inspections', label: W.inspections },
  // The stats endpoint covers county scope, which inspectors do not have (PRODUCT.md §9).
  { href: '/analysis', label: W.analysis, show: (u) => readsCountyCases(u.role) },
  // Grid capacity and imports are written by the admin only (PRODUCT.md §9).
  { href: '/grids', label: { zh: '网格管理', en: 'Grids' }, show: (u) => u.role === 'admin' },
  { href: '/settings', label: W.settings },
];

const ToQueue = () => <Redirect to="/queue" />;
const StaffNotFound = () => <NotFound home="/queue" />;

function SideNav({ user }: { user: StaffMe }) {
  const { path } = useLocation();
  return (
    <nav class="sidenav" aria-label={t(W.nav)} data-testid="staff-nav">
      <ul>
        {NAV.filter((n) => !n.show || n.show(user)).map((n) => {
          const active = path === n.href || path.startsWith(`${n.href}/`);
          return (
            <li key={n.href}>
              <a
                href={n.href}
                class={active ? 'nav-link nav-active' : 'nav-link'}
                aria-current={active ? 'page' : undefined}
              >
                {t(n.label)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function StaffApp() {
  const user = staff.value;
  if (!user) return null;
  return (
    <div class="staff-shell">
      <a class="skip-link" href="#main">
        {t(W.skip)}
      </a>
      <header class="staff-header">
        <div class="brand">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span>
            <strong>{t(C.appName)}</strong>
            <span class="brand-sub">{t(W.workbench)}</span>
          </span>
        </div>
        <div class="who" data-testid="staff-identity">
          <span class="who-name">{user.displayName}</span>
          <span class="badge">{t(ROLE_LABELS[user.role])}</span>
          <span class="who-scope">
            {lbl(W.jurisdictions)}
            {list(user.jurisdictions.map((j) => j.name)) || '—'}
          </span>
          <LanguageToggle />
        </div>
      </header>
      <div class="staff-body">
        <SideNav user={user} />
        <main id="main" class="staff-main" tabIndex={-1}>
          <CalendarNotice />
          <Router>
            <Route path="/" component={ToQueue} />
            <Route path="/queue" component={QueueView} />
            <Route path="/queue/:id" component={CaseView} />
            <Route path="/map" component={MapView} />
            <Route path="/grids" component={GridAdmin} />
            <Route path="/warnings" component={WarningsView} />
            <Route path="/inspections" component={InspectionsView} />
            <Route path="/analysis" component={AnalysisView} />
            <Route path="/settings" component={SettingsView} />
            <Route default component={StaffNotFound} />
          </Router>
        </main>
      </div>
    </div>
  );
}
