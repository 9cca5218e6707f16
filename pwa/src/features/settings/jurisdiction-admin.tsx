/**
 * 辖区设置: each county-level unit's name, default grid resolution and licence number pattern,
 * with the next number the pattern gives. The pattern is checked as typed (the same rule as the
 * worker's); every saved change is audited by the worker.
 */
import { useState } from 'preact/hooks';
import {
  isValidLicencePattern,
  licenceNumberPreview,
  type JurisdictionSettingsView,
} from '@core/licence-pattern';
import { api, errorText, opts, read } from '../../app/api';
import { appToday } from '../../app/calendar';
import { dict, fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async } from '../../app/ui';

const K = dict({
  title: { zh: '辖区与许可证号规则', en: 'Units and licence numbers' },
  lead: {
    zh: '许可证号规则可用 {county}（区县代码）、{year}（发证年份）、{seq:n}（n位顺序号，必填）及数字、大写字母、连字符。顺序号只增不减，修改规则不会重复已发号码。',
    en: 'A licence number pattern may use {county}, {year}, {seq:n} (n-digit sequence, required), digits, capitals and hyphens. The sequence only grows, so no number is ever issued twice.',
  },
  name: { zh: '名称', en: 'Name' },
  h3: { zh: '默认网格精度（H3）', en: 'Default grid resolution (H3)' },
  pattern: { zh: '许可证号规则', en: 'Licence number pattern' },
  next: { zh: '下一个号码：{n}', en: 'Next number: {n}' },
  invalid: {
    zh: '规则无效：须含一个 {seq:3}–{seq:10}。',
    en: 'Invalid: needs one {seq:3}–{seq:10}.',
  },
  save: { zh: '保存', en: 'Save' },
  saved: { zh: '{name}的设置已保存。', en: 'Settings of {name} saved.' },
});

function Unit({ u, onSaved }: { u: JurisdictionSettingsView; onSaved: () => void }) {
  const [name, setName] = useState(u.name);
  const [h3Res, setH3] = useState(String(u.h3Res));
  const [pattern, setPattern] = useState(u.licencePattern);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ok = isValidLicencePattern(pattern);
  // 保存 is for the unit being edited: twelve always-ready buttons down the page said nothing.
  const dirty =
    name.trim() !== u.name || Number(h3Res) !== u.h3Res || pattern.trim() !== u.licencePattern;
  const id = `unit-${u.code}`;
  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await read(
        api.admin.jurisdictions[':code'].$put({
          param: { code: u.code },
          json: { name: name.trim(), h3Res: Number(h3Res), licencePattern: pattern.trim() },
        }),
      );
      toast(fmt(t(K.saved), { name }));
      onSaved();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      class="form unit-card"
      data-testid="unit-settings"
      data-code={u.code}
      onSubmit={(e) => void save(e)}
    >
      <h3>
        {u.name} <span class="mono">{u.code}</span>
      </h3>
      <div class="unit-fields">
        <div class="field">
          <label for={`${id}-name`}>{t(K.name)}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={30}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-h3`}>{t(K.h3)}</label>
          <select id={`${id}-h3`} value={h3Res} onChange={(e) => setH3(e.currentTarget.value)}>
            {[6, 7, 8, 9].map((r) => (
              <option key={r} value={String(r)}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div class="field unit-pattern">
          <label for={`${id}-pattern`}>{t(K.pattern)}</label>
          <input
            id={`${id}-pattern`}
            class="mono"
            value={pattern}
            maxLength={40}
            autoCapitalize="characters"
            aria-invalid={!ok}
            aria-describedby={`${id}-next`}
            onInput={(e) => setPattern(e.currentTarget.value)}
          />
          <p class={ok ? 'hint' : 'error'} id={`${id}-next`}>
            {ok
              ? fmt(t(K.next), {
                  n: licenceNumberPreview(
                    pattern,
                    u.code,
                    appToday().slice(0, 4),
                    u.licenceSeq + 1,
                  ),
                })
              : t(K.invalid)}
          </p>
        </div>
      </div>
      <div class="unit-actions">
        <button
          type="submit"
          class="btn btn-primary"
          disabled={busy || !dirty || !ok || name.trim().length < 2}
        >
          {t(K.save)}
        </button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}

export function JurisdictionAdmin() {
  const [tick, setTick] = useState(0);
  const res = useResource(
    (signal) => read(api.admin.jurisdictions.$get(undefined, opts({ signal }))),
    [tick],
  );
  return (
    <section class="panel" data-testid="jurisdiction-admin" aria-labelledby="units-h">
      <h2 id="units-h">{t(K.title)}</h2>
      <p class="hint">{t(K.lead)}</p>
      <Async res={res}>
        {(d) =>
          d.units.map((u) => (
            <Unit
              key={`${u.code}-${u.licencePattern}-${u.name}-${u.h3Res}`}
              u={u}
              onSaved={() => setTick(tick + 1)}
            />
          ))
        }
      </Async>
    </section>
  );
}
