/** Inputs of the guide editor: a bilingual text, a list of them, a material with its photos. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { GuideMaterial, GuideText } from '@core/guide';
import { apiErrorFrom } from '../../app/api';
import { t } from '../../app/i18n';
import { G } from './guide-admin.strings';

export function TextField(props: {
  label: string;
  value: GuideText;
  onChange: (v: GuideText) => void;
  testid?: string;
}) {
  return (
    <fieldset class="field guide-admin-text">
      <legend>{props.label}</legend>
      {(['zh', 'en'] as const).map((lang) => (
        <label key={lang} class="guide-admin-lang">
          <span class="hint">{t(G[lang])}</span>
          <textarea
            lang={lang === 'zh' ? 'zh-CN' : 'en'}
            value={props.value[lang]}
            data-testid={props.testid ? `${props.testid}-${lang}` : undefined}
            onInput={(e) =>
              props.onChange({ ...props.value, [lang]: (e.target as HTMLTextAreaElement).value })
            }
          />
        </label>
      ))}
    </fieldset>
  );
}

export function ListField<T>(props: {
  title: string;
  items: T[];
  blank: () => T;
  onChange: (items: T[]) => void;
  render: (item: T, set: (v: T) => void, i: number) => ComponentChildren;
}) {
  const set = (i: number, v: T) => props.onChange(props.items.map((x, j) => (j === i ? v : x)));
  return (
    <section class="panel guide-admin-list">
      <h3>{props.title}</h3>
      {props.items.map((item, i) => (
        <div key={i} class="guide-admin-item">
          {props.render(item, (v) => set(i, v), i)}
          <button
            type="button"
            class="btn btn-small btn-ghost"
            onClick={() => props.onChange(props.items.filter((_, j) => j !== i))}
          >
            {t(G.remove)}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="btn btn-small"
        onClick={() => props.onChange([...props.items, props.blank()])}
      >
        {t(G.add)}
      </button>
    </section>
  );
}

/** Uploads an example photo (admins only); answers its id. */
async function uploadGuideImage(file: File): Promise<string> {
  const res = await fetch('/api/guides/images', {
    method: 'POST',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      accept: 'application/json',
    },
    body: file,
  });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw apiErrorFrom(res.status, data);
  return (data as { id: string }).id;
}

export function MaterialField(props: {
  value: GuideMaterial;
  onChange: (v: GuideMaterial) => void;
  i: number;
}) {
  const [error, setError] = useState<string | null>(null);
  const photo = (which: 'goodPhoto' | 'badPhoto', label: string) => (
    <label class="field guide-admin-photo">
      <span class="hint">{label}</span>
      {props.value[which] && (
        <img src={`/api/guides/images/${props.value[which]}`} alt={label} width={96} />
      )}
      <input
        type="file"
        accept="image/jpeg,image/png,image/webp"
        data-testid={`material-${props.i}-${which}`}
        onChange={(e) => {
          const f = (e.target as HTMLInputElement).files?.[0];
          if (!f) return;
          setError(null);
          void uploadGuideImage(f)
            .then((id) => props.onChange({ ...props.value, [which]: id }))
            .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
        }}
      />
      {props.value[which] && (
        <button
          type="button"
          class="btn btn-small btn-ghost"
          onClick={() => props.onChange({ ...props.value, [which]: null })}
        >
          {t(G.remove)}
        </button>
      )}
    </label>
  );
  return (
    <>
      <TextField
        label={`${t(G.materials)} ${props.i + 1}`}
        value={props.value.name}
        onChange={(name) => props.onChange({ ...props.value, name })}
      />
      <div class="guide-admin-photos">
        {photo('goodPhoto', t(G.goodPhoto))}
        {photo('badPhoto', t(G.badPhoto))}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
