/**
 * The staff workbench: header with who is signed in, a side nav, and the screen. The queue
 * comes with the workbench; every other screen is its own chunk, and each screen sits in its
 * own error boundary so a broken one leaves the header and the nav working.
 */
import { importsRecords, readsCountyCases } from '@core/access';
import { ROLE_LABELS } from '@core/roles';
import { ASSISTED_PHONE_CHANGE_ROLES } from '@core/phone-change';
import { SUPERVISION_ACTORS } from '@core/supervision';
import type { Me } from '@core/api';
import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Route, Router, useLocation } from 'preact-iso';
import { staff } from '../../app/auth';
import { CalendarNotice } from '../../app/deadline';
import { C } from '../../app/common.strings';
import { t, type Text, lbl, list } from '../../app/i18n';
import { guarded } from '../../app/error-boundary';
import { lazyScreen } from '../../app/lazy-screen';
import { NotFound } from '../../app/not-found';
import { LanguageToggle } from '../../app/preferences';
import { Redirect } from '../../app/redirect';
import { QueueView } from '../queue/queue-view';
import { W } from './staff.strings';
import { useWarningCounts, WarningBadge, WarningSummary } from '../warnings/warning-counts';

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
  { href: '/search', label: W.search },
  { href: '/inspections', label: W.inspections },
  { href: '/remote', label: { zh: '远程核查', en: 'Remote inspections' } },
  { href: '/evidence', label: { zh: '证据校验', en: 'Verify evidence' } },
  // The day's route: an inspector's own tasks in visiting order (智慧监管).
  { href: '/route', label: W.route, show: (u) => u.role === 'inspector' },
  // 双随机抽查: clerks, approvers and admins of the plans' counties (core/supervision.ts).
  {
    href: '/supervision',
    label: W.supervision,
    show: (u) => SUPERVISION_ACTORS.read_plans.includes(u.role),
  },
  // The stats endpoint covers county scope, which inspectors do not have (PRODUCT.md §9).
  { href: '/analysis', label: W.analysis, show: (u) => readsCountyCases(u.role) },
  // Grid capacity and imports are written by the admin only (PRODUCT.md §9).
  { href: '/grids', label: { zh: '网格管理', en: 'Grids' }, show: (u) => u.role === 'admin' },
  {
    href: '/guides',
    label: { zh: '办事指南', en: 'Service guide' },
    show: (u) => u.role === 'admin',
  },
  { href: '/admin/staff', label: W.staffAccounts, show: (u) => u.role === 'admin' },
  { href: '/admin/audit', label: W.audit, show: (u) => u.role === 'admin' },
  // 开放接口: the API's documentation and the webhooks other systems hear from.
  { href: '/admin/webhooks', label: W.webhooks, show: (u) => u.role === 'admin' },
  { href: '/admin/api', label: W.apiDocs, show: (u) => u.role === 'admin' },
  // 外部系统数据: admins, and clerks for their counties (core/access.ts).
  {
    href: '/admin/records',
    label: { zh: '外部系统数据', en: 'Other systems’ data' },
    show: (u) => importsRecords(u.role),
  },
  {
    href: '/admin/tokens',
    label: { zh: '接口令牌', en: 'API tokens' },
    show: (u) => u.role === 'admin',
  },
  { href: '/admin/sop', label: W.sop, show: (u) => u.role === 'admin' },
  // 核查清单: read by all staff, edited by admins (a new version each time).
  { href: '/checklists', label: { zh: '核查清单', en: 'Checklists' } },
  // 协助更换手机号: at the service window, for an applicant who lost the old phone.
  {
    href: '/phone-change',
    label: { zh: '更换手机号', en: 'Phone change' },
    show: (u) => ASSISTED_PHONE_CHANGE_ROLES.includes(u.role),
  },
  { href: '/settings', label: W.settings },
];

const HOME = '/queue';
const ToQueue = () => <Redirect to={HOME} />;
const StaffNotFound = () => <NotFound home={HOME} />;

/** A screen in its own chunk and its own error boundary. */
function screen<P extends object>(area: string, load: () => Promise<ComponentType<P>>) {
  return guarded(area, HOME, lazyScreen(area, load));
}

const Queue = guarded('queue', HOME, QueueView);
const Case = screen('case', () => import('../queue/case-view').then((m) => m.CaseView));
const MapScreen = screen('map', () => import('../map/map-view').then((m) => m.MapView));
// Admin only: grid administration and the spreadsheet reader of its imports.
const GuideEditor = screen('guides', () =>
  import('../guide-admin/guide-editor').then((m) => m.GuideEditor),
);
const Grids = screen('grids', () => import('../map/grid-admin').then((m) => m.GridAdmin));
const Warnings = screen('warnings', () =>
  import('../warnings/warnings-view').then((m) => m.WarningsView),
);
const Search = screen('search', () => import('../search/search-view').then((m) => m.SearchView));
const Licence = screen('search', () => import('../search/licence-view').then((m) => m.LicenceView));
const Inspections = screen('inspections', () =>
  import('../inspections/inspections-view').then((m) => m.InspectionsView),
);
const RecordScreen = screen('inspections', () =>
  import('../inspections/record-view').then((m) => m.RecordView),
);
const ConfirmScreen = screen('inspections', () =>
  import('../inspections/confirm-view').then((m) => m.ConfirmView),
);
const RouteScreen = screen('route', () => import('../route/route-view').then((m) => m.RouteView));
const Analysis = screen('analysis', () =>
  import('../analysis/analysis-view').then((m) => m.AnalysisView),
);
const StaffAccounts = screen('admin', () =>
  import('../admin/staff-accounts').then((m) => m.StaffAccounts),
);
const Audit = screen('admin', () => import('../admin/audit-view').then((m) => m.AuditView));
const Webhooks = screen('integrations', () =>
  import('../integrations/webhooks-admin').then((m) => m.WebhooksAdmin),
);
const ApiDocs = screen('integrations', () =>
  import('../integrations/api-docs').then((m) => m.ApiDocs),
);
const RecordImport = screen('imports', () =>
  import('../imports/records-import').then((m) => m.RecordImportView),
);
const ApiTokens = screen('imports', () =>
  import('../imports/api-tokens').then((m) => m.ApiTokensView),
);
const Sop = screen('sop', () => import('../sop/sop-admin').then((m) => m.SopAdmin));
const PasswordChange = screen('admin', () =>
  import('../admin/change-password').then((m) => m.ChangePassword),
);
// 视频核查: the call of a remote inspection, for its officers.
const RemoteRoom = screen('remote-room', () =>
  import('../remote/room-view').then((m) => m.StaffRoomView),
);
// 远程核查: today's and upcoming remote inspections; 证据校验: a bundle's verdict.
const RemoteList = screen('evidence', () =>
  import('../evidence/remote-list-view').then((m) => m.RemoteListView),
);
const EvidenceCheck = screen('evidence', () =>
  import('../evidence/evidence-view').then((m) => m.EvidenceView),
);
const Checklists = screen('checklists', () =>
  import('../checklists/checklists-view').then((m) => m.ChecklistsView),
);
const Plans = screen('supervision', () =>
  import('../supervision/plans-view').then((m) => m.PlansView),
);
const PlanNew = screen('supervision', () =>
  import('../supervision/plan-form').then((m) => m.PlanForm),
);
const Register = screen('supervision', () =>
  import('../supervision/register-view').then((m) => m.RegisterView),
);
const Plan = screen('supervision', () =>
  import('../supervision/plan-view').then((m) => m.PlanView),
);
const PhoneChange = screen('phone', () =>
  import('../phone/assisted-change').then((m) => m.AssistedPhoneChange),
);
const Settings = screen('settings', () =>
  import('../settings/settings-view').then((m) => m.SettingsView),
);

/**
 * Where the phone's one scrolling row of links (staff.css) puts the current one: whole, with a
 * chip's width of the next one showing when there is one. Only sideways; the page stays put.
 */
function showActive(nav: HTMLElement): void {
  const active = nav.querySelector<HTMLElement>('.nav-active');
  if (!active || nav.scrollWidth <= nav.clientWidth) return;
  const margin = 48;
  const box = active.getBoundingClientRect();
  const left = box.left - nav.getBoundingClientRect().left;
  const right = left + box.width;
  if (left < margin) nav.scrollLeft += left - margin;
  else if (right > nav.clientWidth - margin) nav.scrollLeft += right - nav.clientWidth + margin;
}

function SideNav({ user }: { user: StaffMe }) {
  const { path } = useLocation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = ref.current;
    const list = nav?.firstElementChild;
    if (!nav || !list) return;
    showActive(nav);
    // Again whenever the row's width changes: the fonts and the warnings' count come later.
    const resized = new ResizeObserver(() => showActive(nav));
    resized.observe(list);
    return () => resized.disconnect();
  }, [path]);
  return (
    <nav ref={ref} class="sidenav" aria-label={t(W.nav)} data-testid="staff-nav">
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
                {n.href === '/warnings' && <WarningBadge />}
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
  useWarningCounts();
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
        {!user.passwordChangeDue && <SideNav user={user} />}
        <main id="main" class="staff-main" tabIndex={-1}>
          {user.passwordChangeDue ? (
            // The server refuses everything else until the password is changed.
            <PasswordChange />
          ) : (
            <Workbench />
          )}
        </main>
      </div>
    </div>
  );
}

function Workbench() {
  const { path } = useLocation();
  return (
    <>
      <CalendarNotice />
      {path === HOME && <WarningSummary />}
      <Router>
        <Route path="/" component={ToQueue} />
        <Route path="/queue" component={Queue} />
        <Route path="/queue/:id" component={Case} />
        <Route path="/map" component={MapScreen} />
        <Route path="/grids" component={Grids} />
        <Route path="/guides" component={GuideEditor} />
        <Route path="/warnings" component={Warnings} />
        <Route path="/search" component={Search} />
        <Route path="/licences/:id" component={Licence} />
        <Route path="/inspections" component={Inspections} />
        <Route path="/inspections/:id/record" component={RecordScreen} />
        <Route path="/inspections/:id/confirm" component={ConfirmScreen} />
        <Route path="/inspections/remote/:id" component={RemoteRoom} />
        <Route path="/remote" component={RemoteList} />
        <Route path="/evidence" component={EvidenceCheck} />
        <Route path="/route" component={RouteScreen} />
        <Route path="/supervision" component={Plans} />
        <Route path="/supervision/new" component={PlanNew} />
        <Route path="/supervision/register" component={Register} />
        <Route path="/supervision/:id" component={Plan} />
        <Route path="/analysis" component={Analysis} />
        <Route path="/admin/staff" component={StaffAccounts} />
        <Route path="/admin/audit" component={Audit} />
        <Route path="/admin/webhooks" component={Webhooks} />
        <Route path="/admin/api" component={ApiDocs} />
        <Route path="/admin/records" component={RecordImport} />
        <Route path="/admin/tokens" component={ApiTokens} />
        <Route path="/admin/sop" component={Sop} />
        <Route path="/checklists" component={Checklists} />
        <Route path="/phone-change" component={PhoneChange} />
        <Route path="/settings" component={Settings} />
        <Route default component={StaffNotFound} />
      </Router>
    </>
  );
}
