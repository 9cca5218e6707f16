/**
 * The applicant's phone-first shell: a slim header, the screen, and a bottom tab bar with the
 * four 掌上 services (咨询 / 办理 / 评价 / 服务).
 */
import { useEffect } from 'preact/hooks';
import { Route, Router, lazy, useLocation } from 'preact-iso';
import { applicant } from '../../app/auth';
import { startOutbox } from '../../app/outbox';
import { C } from '../../app/common.strings';
import { dict, t, type Text } from '../../app/i18n';
import { NotFound } from '../../app/not-found';
import { Redirect } from '../../app/redirect';
import { ApplicationView } from '../apply/application-view';
import { InboxBell, InboxView } from '../inbox/inbox-view';
import { startInboxPolling } from '../inbox/inbox.store';
import { MyApplications } from '../apply/my-applications';
import { NewApplication } from '../apply/new-application';
import { CanIOpen } from '../consult/can-i-open';
import { ConsultView } from '../consult/consult-view';
import { GuideView } from '../consult/guide-view';
import { RateView } from '../rate/rate-view';
import { ServicesView } from '../services/services-view';
import { TabIcon, type TabKey } from './tab-icons';

const T = dict({
  consult: { zh: '咨询', en: 'Consult' },
  apply: { zh: '办理', en: 'Apply' },
  rate: { zh: '评价', en: 'Rate' },
  services: { zh: '服务', en: 'Services' },
  tabs: { zh: '主要功能', en: 'Main sections' },
});

const TABS: { key: TabKey; href: string; label: Text }[] = [
  { key: 'consult', href: '/consult', label: T.consult },
  { key: 'apply', href: '/apply', label: T.apply },
  { key: 'rate', href: '/rate', label: T.rate },
  { key: 'services', href: '/services', label: T.services },
];

// The form brings zod and the rules engine: loaded when a form opens (and precached offline).
const ApplyForm = lazy(() => import('../apply/apply-form').then((m) => m.ApplyForm));

const ApplicantNotFound = () => <NotFound home="/consult" />;
const ToConsult = () => <Redirect to="/consult" />;

function TabBar() {
  const { path } = useLocation();
  return (
    <nav class="tabbar" aria-label={t(T.tabs)} data-testid="applicant-tabs">
      {TABS.map((tab) => {
        const active = path === tab.href || path.startsWith(`${tab.href}/`);
        return (
          <a
            key={tab.key}
            href={tab.href}
            class={active ? 'tab tab-active' : 'tab'}
            aria-current={active ? 'page' : undefined}
            data-testid={`tab-${tab.key}`}
          >
            <TabIcon name={tab.key} />
            <span>{t(tab.label)}</span>
          </a>
        );
      })}
    </nav>
  );
}

export function ApplicantApp() {
  const id = applicant.value?.id;
  // Queued submissions go out as soon as the applicant is known, on every app start.
  useEffect(() => {
    if (!id) return;
    startOutbox(id);
    startInboxPolling();
  }, [id]);
  return (
    <div class="applicant-shell">
      <header class="app-header">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <span class="app-header-title">{t(C.appName)}</span>
        <InboxBell />
      </header>
      <main id="main" class="applicant-main">
        <Router>
          <Route path="/" component={ToConsult} />
          <Route path="/consult" component={ConsultView} />
          <Route path="/consult/can-i-open" component={CanIOpen} />
          <Route path="/consult/:type" component={GuideView} />
          <Route path="/apply" component={MyApplications} />
          <Route path="/apply/new" component={NewApplication} />
          <Route path="/apply/:id" component={ApplicationView} />
          <Route path="/apply/:id/edit" component={ApplyForm} />
          <Route path="/inbox" component={InboxView} />
          <Route path="/rate" component={RateView} />
          <Route path="/services" component={ServicesView} />
          <Route default component={ApplicantNotFound} />
        </Router>
      </main>
      <TabBar />
    </div>
  );
}
