/**
 * The root: one router per kind of user. Signed-out visitors see sign-in at whatever URL they
 * opened, so a deep link works again right after signing in. Each role's shell is its own
 * chunk: an applicant's phone never downloads the staff workbench, and vice versa (the service
 * worker caches only the signed-in role's chunks, see sw.ts). The banners sit outside every
 * error boundary, so they keep working whatever a screen does.
 */
import { LocationProvider, useLocation } from 'preact-iso';
import { SignIn } from '../features/auth/sign-in';
import { authState, me } from './auth';
import { Chrome } from './chrome';
import { Boundary } from './error-boundary';
import { lazyScreen } from './lazy-screen';
import { Loading } from './ui';

function BootLoading() {
  return (
    <main id="main" class="boot-main">
      <Loading />
    </main>
  );
}

const ApplicantApp = lazyScreen(
  'applicant',
  () => import('../features/applicant/applicant-app').then((m) => m.ApplicantApp),
  BootLoading,
);
// The privacy notice is open to everyone: the sign-in screen links to it.
const PublicPrivacy = lazyScreen(
  'privacy',
  () => import('../features/privacy/privacy-view').then((m) => () => <m.PrivacyView back="/" />),
  BootLoading,
);
// The e-licence verify page is open to anyone who scans a code, signed in or not.
const PublicVerify = lazyScreen(
  'verify',
  () => import('../features/elicence/verify-view').then((m) => m.VerifyView),
  BootLoading,
);
// 一公开: the published results of random inspections, open to anyone.
const PublicSupervision = lazyScreen(
  'public-supervision',
  () => import('../features/supervision/public-view').then((m) => m.PublicSupervisionView),
  BootLoading,
);
const StaffApp = lazyScreen(
  'staff',
  () => import('../features/staff/staff-app').then((m) => m.StaffApp),
  BootLoading,
);

export function App() {
  return (
    <LocationProvider>
      <Chrome />
      <Root />
    </LocationProvider>
  );
}

function Root() {
  const { path } = useLocation();
  if (path === '/verify') {
    return (
      <Boundary key="verify" area="verify" home="/verify" main>
        <main id="main" class="public-page">
          <PublicVerify />
        </main>
      </Boundary>
    );
  }
  if (path === '/public/supervision') {
    return (
      <Boundary key="public-supervision" area="public-supervision" home="/public/supervision" main>
        <main id="main" class="public-page">
          <PublicSupervision />
        </main>
      </Boundary>
    );
  }
  if (authState.value === 'checking') return <BootLoading />;
  const user = me.value;
  if (!user && path === '/privacy') {
    return (
      <Boundary key="privacy" area="privacy" home="/" main>
        <main id="main" class="public-page">
          <PublicPrivacy />
        </main>
      </Boundary>
    );
  }
  if (!user) {
    return (
      <Boundary key="sign-in" area="sign-in" home="/" main>
        <SignIn />
      </Boundary>
    );
  }
  return user.kind === 'applicant' ? (
    <Boundary key="applicant" area="applicant" home="/consult" main>
      <ApplicantApp />
    </Boundary>
  ) : (
    <Boundary key="staff" area="staff" home="/queue" main>
      <StaffApp />
    </Boundary>
  );
}
