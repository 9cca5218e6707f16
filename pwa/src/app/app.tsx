/**
 * The root: one router per kind of user. Signed-out visitors see sign-in at whatever URL they
 * opened, so a deep link works again right after signing in. Each role's shell is its own
 * chunk: an applicant's phone never downloads the staff workbench, and vice versa (both are
 * precached by the service worker, so this costs nothing offline).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LocationProvider } from 'preact-iso';
import { SignIn } from '../features/auth/sign-in';
import { authState, me } from './auth';
import { Chrome } from './chrome';
import { C } from './common.strings';
import { t } from './i18n';
import { ErrorState, Loading } from './ui';

const loadApplicant = () =>
  import('../features/applicant/applicant-app').then((m) => m.ApplicantApp);
const loadStaff = () => import('../features/staff/staff-app').then((m) => m.StaffApp);

export function App() {
  return (
    <LocationProvider>
      <Chrome />
      <Root />
    </LocationProvider>
  );
}

function Root() {
  if (authState.value === 'checking') {
    return (
      <main id="main" class="boot-main">
        <Loading />
      </main>
    );
  }
  const user = me.value;
  if (!user) return <SignIn />;
  return <Shell key={user.kind} load={user.kind === 'applicant' ? loadApplicant : loadStaff} />;
}

function Shell({ load }: { load: () => Promise<ComponentType> }) {
  const [Comp, setComp] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setFailed(false);
    load()
      .then((c) => live && setComp(() => c))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [load, attempt]);
  if (failed) {
    return (
      <main id="main" class="boot-main">
        <ErrorState message={t(C.offlineNotice)} onRetry={() => setAttempt((n) => n + 1)} />
      </main>
    );
  }
  if (!Comp) {
    return (
      <main id="main" class="boot-main">
        <Loading />
      </main>
    );
  }
  return <Comp />;
}
