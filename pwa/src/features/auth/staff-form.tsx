/** Staff sign-in with the account the bureau issued. */
import { useSignal } from '@preact/signals';
import type { Me } from '@core/api';
import { api, errorText } from '../../app/api';
import { setMe } from '../../app/auth';
import { t } from '../../app/i18n';
import { A } from './auth.strings';

export function StaffForm() {
  const username = useSignal('');
  const password = useSignal('');
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function submit(e: Event) {
    e.preventDefault();
    error.value = null;
    busy.value = true;
    try {
      const res = await api.post<{ user: Me }>(
        '/api/auth/staff/login',
        { username: username.value.trim(), password: password.value },
        { quiet401: true },
      );
      setMe(res.user);
    } catch (err) {
      error.value = errorText(err);
      password.value = '';
    } finally {
      busy.value = false;
    }
  }

  return (
    <form class="form" onSubmit={submit} data-testid="staff-form">
      <div class="field">
        <label for="staff-username">{t(A.username)}</label>
        <input
          id="staff-username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellcheck={false}
          required
          value={username.value}
          onInput={(e) => (username.value = e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="staff-password">{t(A.password)}</label>
        <input
          id="staff-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password.value}
          onInput={(e) => (password.value = e.currentTarget.value)}
        />
      </div>
      <div aria-live="assertive">
        {error.value && (
          <p class="error" role="alert" data-testid="form-error">
            {error.value}
          </p>
        )}
      </div>
      <button type="submit" class="btn btn-primary btn-block" disabled={busy.value}>
        {busy.value ? t(A.signingIn) : t(A.signIn)}
      </button>
      <p class="hint">{t(A.staffNote)}</p>
    </form>
  );
}
