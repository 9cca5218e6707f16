/**
 * /phone-change (协助更换手机号), for clerks and approvers at the service window: the applicant
 * has lost the old phone. The clerk sends a code to the new phone, enters the code the applicant
 * reads out, checks the resident ID card (name and number are matched against the bound real
 * name, then the real-name service) and records why. Every session of the account ends; the
 * audit log keeps both numbers and the clerk.
 */
import { useSignal } from '@preact/signals';
import { api, errorText, opts, read } from '../../app/api';
import { ApiError } from '../../app/api-error';
import { dict, fmt, t } from '../../app/i18n';
import { PageTitle } from '../../app/ui';

const A = dict({
  title: { zh: '协助更换手机号', en: 'Phone change at the window' },
  intro: {
    zh: '申请人原手机号已无法使用时，在窗口核验本人居民身份证后办理。验证码只发送到新手机号；办理后该账号在所有设备上退出登录。',
    en: 'For an applicant who lost the old phone: check the resident ID card at the window. The code goes to the new number only; afterwards the account is signed out everywhere.',
  },
  oldPhone: { zh: '原手机号（账号）', en: 'Old number (the account)' },
  newPhone: { zh: '新手机号', en: 'New number' },
  send: { zh: '向新手机号发送验证码', en: 'Send a code to the new number' },
  sent: {
    zh: '验证码已发送到新手机号，请申请人告知。',
    en: 'A code was sent to the new number: ask the applicant for it.',
  },
  code: { zh: '新手机收到的验证码', en: 'Code received on the new phone' },
  name: { zh: '姓名（与身份证一致）', en: 'Name (as on the ID card)' },
  idNumber: { zh: '居民身份证号码', en: 'Resident ID number' },
  reason: { zh: '办理原因', en: 'Reason' },
  reasonHint: {
    zh: '例如：原手机遗失，已核验本人身份证原件。',
    en: 'E.g. old phone lost; the original ID card was checked.',
  },
  confirm: { zh: '核验并更换', en: 'Verify and change' },
  done: {
    zh: '已更换为 {p}，已退出 {n} 个登录设备。',
    en: 'Changed to {p}; {n} signed-in devices were signed out.',
  },
  again: { zh: '办理下一位', en: 'Next applicant' },
  mismatch: {
    zh: '姓名或身份证号码与该账号实名认证的信息不一致，未更换。',
    en: 'The name or ID number does not match the account’s verified identity: nothing changed.',
  },
  notFound: {
    zh: '没有使用该原手机号的账号。',
    en: 'No account uses that old number.',
  },
});

/** The worker's message, said from the clerk's side where it speaks to the applicant. */
function clerkText(err: unknown): string {
  if (err instanceof ApiError && err.code === 'IDENTITY_MISMATCH') return t(A.mismatch);
  if (err instanceof ApiError && err.code === 'NOT_FOUND') return t(A.notFound);
  return errorText(err);
}

const digits = (v: string) => v.replace(/\D/g, '');

export function AssistedPhoneChange() {
  const oldPhone = useSignal('');
  const newPhone = useSignal('');
  const code = useSignal('');
  const name = useSignal('');
  const idNumber = useSignal('');
  const reason = useSignal('');
  const busy = useSignal(false);
  const msg = useSignal<{ ok: boolean; text: string } | null>(null);
  const done = useSignal(false);

  const act = async (f: () => Promise<void>) => {
    busy.value = true;
    msg.value = null;
    try {
      await f();
    } catch (err) {
      msg.value = { ok: false, text: clerkText(err) };
    } finally {
      busy.value = false;
    }
  };
  const send = () =>
    act(async () => {
      await read(
        api.staff['phone-change'].code.$post({ json: { newPhone: newPhone.value } }, opts({})),
      );
      msg.value = { ok: true, text: t(A.sent) };
    });
  const confirm = (e: Event) => {
    e.preventDefault();
    void act(async () => {
      const r = await read(
        api.staff['phone-change'].$post(
          {
            json: {
              oldPhone: oldPhone.value,
              newPhone: newPhone.value,
              newCode: code.value,
              name: name.value.trim(),
              idNumber: idNumber.value.trim(),
              reason: reason.value.trim(),
            },
          },
          opts({}),
        ),
      );
      done.value = true;
      msg.value = { ok: true, text: fmt(t(A.done), { p: r.phone, n: r.sessionsEnded }) };
    });
  };
  const reset = () => {
    for (const s of [oldPhone, newPhone, code, name, idNumber, reason]) s.value = '';
    done.value = false;
    msg.value = null;
  };
  const phoneInput = (id: string, label: string, s: typeof oldPhone, locked: boolean) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        maxLength={11}
        disabled={locked}
        value={s.value}
        data-testid={id}
        onInput={(e) => (s.value = digits((e.target as HTMLInputElement).value))}
      />
    </div>
  );
  return (
    <section data-testid="assisted-phone">
      <PageTitle text={A.title} />
      <p class="lead">{t(A.intro)}</p>
      <form class="form panel" onSubmit={confirm}>
        {phoneInput('ap-old', t(A.oldPhone), oldPhone, done.value)}
        {phoneInput('ap-new', t(A.newPhone), newPhone, done.value)}
        {!done.value && (
          <button
            type="button"
            class="btn"
            disabled={busy.value || oldPhone.value.length !== 11 || newPhone.value.length !== 11}
            onClick={() => void send()}
            data-testid="ap-send"
          >
            {t(A.send)}
          </button>
        )}
        {!done.value && (
          <>
            <div class="field">
              <label for="ap-code">{t(A.code)}</label>
              <input
                id="ap-code"
                inputMode="numeric"
                autoComplete="off"
                maxLength={6}
                value={code.value}
                data-testid="ap-code"
                onInput={(e) => (code.value = digits((e.target as HTMLInputElement).value))}
              />
            </div>
            <div class="field">
              <label for="ap-name">{t(A.name)}</label>
              <input
                id="ap-name"
                autoComplete="off"
                maxLength={40}
                value={name.value}
                data-testid="ap-name"
                onInput={(e) => (name.value = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field">
              <label for="ap-id">{t(A.idNumber)}</label>
              <input
                id="ap-id"
                autoComplete="off"
                maxLength={18}
                value={idNumber.value}
                data-testid="ap-id"
                onInput={(e) => (idNumber.value = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field">
              <label for="ap-reason">{t(A.reason)}</label>
              <input
                id="ap-reason"
                maxLength={200}
                value={reason.value}
                placeholder={t(A.reasonHint)}
                data-testid="ap-reason"
                onInput={(e) => (reason.value = (e.target as HTMLInputElement).value)}
              />
            </div>
            <button
              type="submit"
              class="btn btn-primary"
              disabled={
                busy.value ||
                code.value.length !== 6 ||
                !name.value.trim() ||
                idNumber.value.trim().length !== 18 ||
                reason.value.trim().length < 4
              }
              data-testid="ap-confirm"
            >
              {t(A.confirm)}
            </button>
          </>
        )}
        {msg.value && (
          <p
            class={msg.value.ok ? 'notice' : 'notice notice-error'}
            role={msg.value.ok ? 'status' : 'alert'}
            data-testid="ap-status"
          >
            {msg.value.text}
          </p>
        )}
        {done.value && (
          <button type="button" class="btn" onClick={reset} data-testid="ap-again">
            {t(A.again)}
          </button>
        )}
      </form>
    </section>
  );
}
