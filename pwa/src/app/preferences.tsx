/** Language and large-text switches, shown in the applicant's 服务 tab and staff settings. */
import { C } from './common.strings';
import { locale, setLocale, t } from './i18n';
import { largeText } from './prefs';

export function LanguageSwitch() {
  return (
    <fieldset class="field segmented">
      <legend>{t(C.language)}</legend>
      <label class={locale.value === 'zh-CN' ? 'seg seg-on' : 'seg'}>
        <input
          type="radio"
          name="locale"
          value="zh-CN"
          checked={locale.value === 'zh-CN'}
          onChange={() => setLocale('zh-CN')}
        />
        <span lang="zh-CN">中文</span>
      </label>
      <label class={locale.value === 'en' ? 'seg seg-on' : 'seg'}>
        <input
          type="radio"
          name="locale"
          value="en"
          checked={locale.value === 'en'}
          onChange={() => setLocale('en')}
        />
        <span lang="en">English</span>
      </label>
    </fieldset>
  );
}

export function LargeTextSwitch() {
  return (
    <div class="field switch-row">
      <div>
        <span id="large-text-label" class="switch-label">
          {t(C.largeText)}
        </span>
        <p class="hint" id="large-text-hint">
          {t(C.largeTextHint)}
        </p>
      </div>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={largeText.value}
        aria-labelledby="large-text-label"
        aria-describedby="large-text-hint"
        data-testid="large-text-switch"
        onClick={() => {
          largeText.value = !largeText.value;
        }}
      >
        <span class="switch-knob" aria-hidden="true" />
        <span class="switch-text">{t(largeText.value ? C.on : C.off)}</span>
      </button>
    </div>
  );
}

/** A compact language toggle for headers (sign-in screen, staff top bar). */
export function LanguageToggle() {
  const next = locale.value === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      class="btn btn-ghost btn-small"
      lang={next}
      onClick={() => setLocale(next)}
      data-testid="language-toggle"
    >
      {next === 'en' ? 'English' : '中文'}
    </button>
  );
}
