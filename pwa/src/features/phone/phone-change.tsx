/**
 * /services/phone (更换手机号): a code goes to the current phone and to the new one; with both
 * entered the account moves. This device stays signed in, the others are signed out. Without
 * the old phone: the service window helps (with the ID card), as the screen says.
 */
import { useState } from 'preact/hooks';
import { api, errorText, read } from '../../app/api';
import { applicant, checkSession } from '../../app/auth';
import { dict, t } from '../../app/i18n';
import { PageTitle } from '../../app/ui';

const P = dict({
  title: { zh: '更换手机号', en: 'Change phone number' },
  why: {
    zh: '为确认是您本人，需要同时验证原手机号和新手机号。更换后，其他设备上的登录将退出。',
    en: 'To be sure it is you, both the current and the new number are verified. Other devices are signed out afterwards.',
  },
  lost: {
    zh: '原手机号已无法使用？请携带本人居民身份证到所在县（市、区）烟草专卖局政务服务窗口办理。',
    en: 'Lost the old phone? Bring your resident ID card to the service window of your county bureau.',
  },
  current: { zh: '原手机号', en: 'Current number' },
  newPhone: { zh: '新手机号', en: 'New number' },
  sendCodes: { zh: '获取验证码', en: 'Send codes' },
  oldCode: { zh: '原手机收到的验证码', en: 'Code sent to the current number' },
  newCode: { zh: '新手机收到的验证码', en: 'Code sent to the new number' },
  confirm: { zh: '确认更换', en: 'Change number' },
  sent: { zh: '验证码已分别发送到两个手机号。', en: 'A code was sent to each number.' },
  done: { zh: '手机号已更换为 {p}。', en: 'Your number is now {p}.' },
});

export function PhoneChange() {
  const me = applicant.value;
  const [newPhone, setNewPhone] = useState('');
  const [oldCode, setOldCode] = useState('');
  const [newCode, setNewCode] = useState('');
  const [sent, setSent] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!me) return null;
  const act = async (f: () => Promise<void>) => {
    setBusy(true);
    setMsg(null);
    try {
      await f();
    } catch (err) {
      setMsg({ ok: false, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  const sendCodes = () =>
    act(async () => {
      await read(api.me.phone.codes.$post({ json: { newPhone } }));
      setSent(true);
      setMsg({ ok: true, text: t(P.sent) });
    });
  const confirm = () =>
    act(async () => {
      const r = await read(api.me.phone.$post({ json: { newPhone, oldCode, newCode } }));
      await checkSession();
      setMsg({ ok: true, text: t(P.done).replace('{p}', r.phone) });
    });
  return (
    <section data-testid="phone-change">
      <PageTitle text={P.title} />
      <p class="lead">{t(P.why)}</p>
      <div class="panel">
        <p>
          {t(P.current)}: <strong>{me.phoneMasked}</strong>
        </p>
        <label class="field">
          <span class="label">{t(P.newPhone)}</span>
          <input
            inputMode="numeric"
            autoComplete="tel"
            maxLength={11}
            value={newPhone}
            data-testid="new-phone"
            onInput={(e) => setNewPhone((e.target as HTMLInputElement).value.trim())}
          />
        </label>
        <button
          type="button"
          class="btn btn-block"
          disabled={busy || newPhone.length !== 11}
          onClick={() => void sendCodes()}
          data-testid="send-codes"
        >
          {t(P.sendCodes)}
        </button>
        {sent && (
          <>
            <label class="field">
              <span class="label">{t(P.oldCode)}</span>
              <input
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                value={oldCode}
                data-testid="old-code"
                onInput={(e) => setOldCode((e.target as HTMLInputElement).value.trim())}
              />
            </label>
            <label class="field">
              <span class="label">{t(P.newCode)}</span>
              <input
                inputMode="numeric"
                maxLength={6}
                value={newCode}
                data-testid="new-code"
                onInput={(e) => setNewCode((e.target as HTMLInputElement).value.trim())}
              />
            </label>
            <button
              type="button"
              class="btn btn-primary btn-block"
              disabled={busy || oldCode.length !== 6 || newCode.length !== 6}
              onClick={() => void confirm()}
              data-testid="confirm-phone"
            >
              {t(P.confirm)}
            </button>
          </>
        )}
        {msg && (
          <p
            class={msg.ok ? 'hint' : 'form-error'}
            role={msg.ok ? 'status' : 'alert'}
            data-testid="phone-status"
          >
            {msg.text}
          </p>
        )}
      </div>
      <p class="hint">{t(P.lost)}</p>
    </section>
  );
}
