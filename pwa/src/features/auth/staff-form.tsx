/** Staff sign-in with the account the bureau issued. */
import { useSignal, useSignalEffect } from '@preact/signals';
import { ApiError, api, errorText, opts, read } from '../../app/api';
import { setMe } from '../../app/auth';
import { fmt, t } from '../../app/i18n';
import { A } from './auth.strings';

/** "5 秒" / "14 分 05 秒": the wait the server asked for, as the button shows it. */
function waitText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return fmt(t(A.waitSeconds), { s });
  return fmt(t(A.waitMinutes), { m, s: String(s).padStart(2, '0') });
}

export function StaffForm() {
  const username = useSignal('');
  const password = useSignal('');
  const error = useSignal<string | null>(null);
  const hint = useSignal<string | null>(null);
  const busy = useSignal(false);
  /** Seconds before the server lets this account try again from here (it enforces it). */
  const waitLeft = useSignal(0);

  // One timer per second of the wait; the effect re-arms itself while seconds remain.
  useSignalEffect(() => {
    if (waitLeft.value <= 0) return;
    const id = setTimeout(() => (waitLeft.value -= 1), 1000);
    return () => clearTimeout(id);
  });

  async function submit(e: Event) {
    e.preventDefault();
    if (waitLeft.value > 0) return;
    error.value = null;
    hint.value = null;
    busy.value = true;
    try {
      const res = await read(
        api.auth.staff.login.$post(
          { json: { username: username.value.trim(), password: password.value } },
          opts({ quiet401: true }),
        ),
      );
      setMe(res.user);
    } catch (err) {
      error.value = errorText(err);
      password.value = '';
      const wait = err instanceof ApiError ? (err.retryAfterSeconds ?? 0) : 0;
      if (wait > 0) {
        waitLeft.value = wait;
        // A long wait is a lock: the way out is the administrator, not patience.
        hint.value = wait >= 60 ? t(A.lockedHint) : t(A.waitNote);
      }
    } finally {
      busy.value = false;
    }
  }

  const waiting = waitLeft.value > 0;
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
          onInput={(e) => {
            username.value = e.currentTarget.value;
            // The wait belongs to the account tried; another one asks the server afresh.
            waitLeft.value = 0;
          }}
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
            {hint.value && waiting && (
              <>
                <br />
                {hint.value}
              </>
            )}
          </p>
        )}
      </div>
      <button
        type="submit"
        class="btn btn-primary btn-block"
        disabled={busy.value || waiting}
        data-testid="staff-submit"
      >
        {busy.value
          ? t(A.signingIn)
          : waiting
            ? fmt(t(A.waitButton), { time: waitText(waitLeft.value) })
            : t(A.signIn)}
      </button>
      <p class="hint">{t(A.staffNote)}</p>
    </form>
  );
}
