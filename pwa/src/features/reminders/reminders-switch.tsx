/**
 * 到期提醒 in the 服务 tab: what is reminded and how, and the switch for push notifications on
 * this phone. The browser's permission prompt appears only when the applicant switches it on.
 */
import { useEffect, useState } from 'preact/hooks';
import { C } from '../../app/common.strings';
import { t } from '../../app/i18n';
import { currentPushState, disablePush, enablePush, pushSupported, type PushState } from './push';
import { R } from './reminders.strings';

export function RemindersSwitch() {
  const [state, setState] = useState<PushState | 'busy' | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!pushSupported()) {
      setState('unsupported');
      return;
    }
    void currentPushState()
      .then(setState)
      .catch(() => setState('off'));
  }, []);
  const on = state === 'on';
  const toggle = async () => {
    setFailed(false);
    const was = state;
    setState('busy');
    try {
      setState(on ? await disablePush() : await enablePush());
    } catch (err) {
      console.warn('[xuke] push', err);
      setFailed(true);
      setState(was === 'busy' ? 'off' : was);
    }
  };
  return (
    <section class="section" aria-labelledby="reminders-h" data-testid="reminders">
      <h2 id="reminders-h">{t(R.title)}</h2>
      <div class="panel">
        <p class="hint">{t(R.what)}</p>
        <div class="field switch-row">
          <div>
            <span id="push-label" class="switch-label">
              {t(R.push)}
            </span>
            <p class="hint" id="push-hint">
              {t(R.pushHint)}
            </p>
          </div>
          <button
            type="button"
            role="switch"
            class="switch"
            aria-checked={on}
            aria-labelledby="push-label"
            aria-describedby="push-hint"
            data-testid="push-switch"
            disabled={
              state === null || state === 'busy' || state === 'unsupported' || state === 'denied'
            }
            onClick={() => void toggle()}
          >
            <span class="switch-knob" aria-hidden="true" />
            <span class="switch-text">{t(on ? C.on : C.off)}</span>
          </button>
        </div>
        {state === 'unsupported' && (
          <p class="hint" data-testid="push-unsupported">
            {t(R.unsupported)}
          </p>
        )}
        {state === 'denied' && (
          <p class="hint" role="status">
            {t(R.denied)}
          </p>
        )}
        {failed && (
          <p class="hint" role="alert" data-testid="push-failed">
            {t(R.failed)}
          </p>
        )}
      </div>
    </section>
  );
}
