/**
 * The password change a staff member meets before anything else when an admin set their
 * password or it is over 90 days old (core/staff-admin.ts). The server enforces it on every
 * route; this screen is the way through.
 */
import { useSignal } from '@preact/signals';
import { api, errorText, read } from '../../app/api';
import { logout, setMe } from '../../app/auth';
import { t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { PageTitle } from '../../app/ui';
import { S } from './admin.strings';
import './admin.css';

export function ChangePassword() {
  const current = useSignal('');
  const next = useSignal('');
  const again = useSignal('');
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function submit(e: Event) {
    e.preventDefault();
    error.value = null;
    if (next.value !== again.value) {
      error.value = t(S.mismatch);
      return;
    }
    busy.value = true;
    try {
      const res = await read(
        api.auth.staff.password.$post({ json: { current: current.value, next: next.value } }),
      );
      toast(t(S.changed));
      setMe(res.user);
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  const field = (id: string, label: typeof S.current, value: typeof current, auto: string) => (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        type="password"
        autoComplete={auto}
        required
        value={value.value}
        onInput={(e) => (value.value = e.currentTarget.value)}
        aria-describedby={id === 'pw-next' ? 'pw-rules' : undefined}
      />
    </div>
  );

  return (
    <section class="admin-password" data-testid="change-password">
      <PageTitle text={S.changeTitle} />
      <p class="lead">{t(S.changeLead)}</p>
      <form class="form" onSubmit={submit}>
        {field('pw-current', S.current, current, 'current-password')}
        {field('pw-next', S.next, next, 'new-password')}
        <p class="hint" id="pw-rules">
          {t(S.rules)}
        </p>
        {field('pw-again', S.again, again, 'new-password')}
        <div aria-live="assertive">
          {error.value && (
            <p class="error" role="alert" data-testid="form-error">
              {error.value}
            </p>
          )}
        </div>
        <div class="admin-actions">
          <button type="submit" class="btn btn-primary" disabled={busy.value} data-testid="pw-save">
            {busy.value ? t(S.saving) : t(S.save)}
          </button>
          <button type="button" class="btn btn-ghost" onClick={() => void logout()}>
            {t(S.signOut)}
          </button>
        </div>
      </form>
    </section>
  );
}
