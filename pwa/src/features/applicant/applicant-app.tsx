/**
 * The applicant's phone-first shell: a slim header, the screen, and a bottom tab bar with the
 * four 掌上 services (咨询 / 办理 / 评价 / 服务). The service guide comes with the shell; every
 * other screen is its own chunk, and each screen sits in its own error boundary so a broken
 * one leaves the header and the tab bar working.
 */
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { Route, Router, useLocation } from 'preact-iso';
import { reachable } from '../../app/api';
import { applicant, freshSignIn } from '../../app/auth';
import { guarded } from '../../app/error-boundary';
import { lazyScreen } from '../../app/lazy-screen';
import { startOutbox } from '../../app/outbox';
import { uploadPending } from '../apply/pending-photos';
import { RealnameLead } from '../services/realname-lead';
import { C } from '../../app/common.strings';
import { dict, t, type Text } from '../../app/i18n';
import { NotFound } from '../../app/not-found';
import { Redirect } from '../../app/redirect';
import { InboxBell } from '../inbox/inbox-bell';
import { startInboxPolling } from '../inbox/inbox.store';
import { ConsultView } from '../consult/consult-view';
import { GuideView } from '../consult/guide-view';
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

const HOME = '/consult';
const ApplicantNotFound = () => <NotFound home={HOME} />;
const ToConsult = () => <Redirect to={HOME} />;

/** A screen in its own chunk and its own error boundary. */
function screen<P extends object>(area: string, load: () => Promise<ComponentType<P>>) {
  return guarded(area, HOME, lazyScreen(area, load));
}

const Consult = guarded('consult', HOME, ConsultView);
const Guide = guarded('guide', HOME, GuideView);
const CanIOpen = screen('can-i-open', () =>
  import('../consult/can-i-open').then((m) => m.CanIOpen),
);
const ELicence = screen('e-licence', () =>
  import('../elicence/elicence-view').then((m) => m.ELicenceView),
);
const Applications = screen('applications', () =>
  import('../apply/my-applications').then((m) => m.MyApplications),
);
const NewApplication = screen('new-application', () =>
  import('../apply/new-application').then((m) => m.NewApplication),
);
const Application = screen('application', () =>
  import('../apply/application-view').then((m) => m.ApplicationView),
);
// The form brings zod and the rules engine.
const ApplyForm = screen('apply-form', () =>
  import('../apply/apply-form').then((m) => m.ApplyForm),
);
// 远程视频核查: the applicant's inspections (the inbox message of a booking opens it).
const MyRemote = screen('remote', () =>
  import('../remote/my-remote-view').then((m) => m.MyRemoteView),
);
const RemoteRoom = screen('remote-room', () =>
  import('../remote/room-view').then((m) => m.ApplicantRoomView),
);
const Inbox = screen('inbox', () => import('../inbox/inbox-view').then((m) => m.InboxView));
const Rate = screen('rate', () => import('../rate/rate-view').then((m) => m.RateView));
const RateCase = screen('rate-case', () =>
  import('../rate/rate-case-view').then((m) => m.RateCaseView),
);
const Services = screen('services', () =>
  import('../services/services-view').then((m) => m.ServicesView),
);
const PhoneChange = screen('phone-change', () =>
  import('../phone/phone-change').then((m) => m.PhoneChange),
);
const Realname = screen('realname', () =>
  import('../services/realname-view').then((m) => m.RealnameView),
);
const Privacy = screen('privacy', () =>
  import('../privacy/privacy-view').then((m) => () => <m.PrivacyView back="/services" />),
);

/**
 * Screens where the lead to 实名认证 would only repeat what is on them (the form says it where
 * its submit button is).
 */
const NO_LEAD = /^\/(realname|services|privacy)\b|^\/apply\/[^/]+\/edit$/;

/** Drafts whose server copy fell behind while offline catch up once the network is back. */
function syncDrafts(ownerId: string): void {
  void import('../apply/drafts.store').then((m) => m.syncBehind(ownerId)).catch(() => undefined);
}

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
  const me = applicant.value;
  const id = me?.id;
  const { path, route } = useLocation();
  // Queued writes go out as soon as the applicant is known, on every app start; photos that
  // wait on the device go up with them.
  useEffect(() => {
    if (!id) return;
    startOutbox(id, (key, kind) => uploadPending(key, kind));
    startInboxPolling();
    syncDrafts(id);
  }, [id]);
  // Back online: drafts typed offline catch up on the server.
  const online = reachable.value;
  useEffect(() => {
    if (id && online) syncDrafts(id);
  }, [id, online]);
  // Signed in just now and not verified yet: lead to 实名认证 before anything needs it.
  useEffect(() => {
    if (!freshSignIn.peek()) return;
    freshSignIn.value = false;
    if (me && !me.realNameVerified && !NO_LEAD.test(path)) {
      const next = path === '/' ? '/consult' : path;
      route(`/realname?next=${encodeURIComponent(next)}`, true);
    }
  }, []);
  return (
    <div class="applicant-shell">
      <header class="app-header">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <span class="app-header-title">{t(C.appName)}</span>
        <InboxBell />
      </header>
      <main id="main" class="applicant-main">
        {!NO_LEAD.test(path) && <RealnameLead />}
        <Router>
          <Route path="/" component={ToConsult} />
          <Route path="/consult" component={Consult} />
          <Route path="/consult/can-i-open" component={CanIOpen} />
          <Route path="/consult/:type" component={Guide} />
          <Route path="/apply" component={Applications} />
          <Route path="/apply/new" component={NewApplication} />
          <Route path="/apply/:id" component={Application} />
          <Route path="/apply/:id/edit" component={ApplyForm} />
          <Route path="/inbox" component={Inbox} />
          <Route path="/remote" component={MyRemote} />
          <Route path="/remote/:id" component={RemoteRoom} />
          <Route path="/rate" component={Rate} />
          <Route path="/rate/:id" component={RateCase} />
          <Route path="/services" component={Services} />
          <Route path="/services/licences/:id" component={ELicence} />
          <Route path="/services/phone" component={PhoneChange} />
          <Route path="/realname" component={Realname} />
          <Route path="/privacy" component={Privacy} />
          <Route default component={ApplicantNotFound} />
        </Router>
      </main>
      <TabBar />
    </div>
  );
}
