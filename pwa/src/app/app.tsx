/**
 * The root: one router per kind of user. Signed-out visitors see sign-in at whatever URL they
 * opened, so a deep link works again right after signing in.
 */
import { LocationProvider } from 'preact-iso';
import { ApplicantApp } from '../features/applicant/applicant-app';
import { SignIn } from '../features/auth/sign-in';
import { StaffApp } from '../features/staff/staff-app';
import { authState, me } from './auth';
import { Chrome } from './chrome';
import { Loading } from './ui';

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
  return user.kind === 'applicant' ? <ApplicantApp /> : <StaffApp />;
}
