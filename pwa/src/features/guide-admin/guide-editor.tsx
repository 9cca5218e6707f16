/**
 * 办事指南管理 (admins): edit a business type's guide and save it as a new version, which
 * applicants see at once; the versions list opens any older one read-only.
 */
import { useEffect, useState } from 'preact/hooks';
import { BUSINESS_TYPE_LABELS, BUSINESS_TYPES, type BusinessType } from '@core/business-types';
import type { GuideAnswer, GuideContent, GuideText } from '@core/guide';
import { api, errorText, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { PageTitle } from '../../app/ui';
import { ListField, MaterialField, TextField } from './guide-fields';
import { G } from './guide-admin.strings';
import './guide-admin.css';

const blank = (): GuideText => ({ zh: '', en: '' });

export function GuideEditor() {
  const [type, setType] = useState<BusinessType>('new');
  const [base, setBase] = useState<GuideAnswer | null>(null);
  const [draft, setDraft] = useState<GuideContent | null>(null);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [versions, setVersions] = useState<
    { version: number; createdByName: string; createdAt: string | null; note: string }[]
  >([]);
  const [viewing, setViewing] = useState<GuideAnswer | null>(null);

  const load = async (tp: BusinessType) => {
    const g = await read(api.guides[':type'].$get({ param: { type: tp } }));
    setBase(g);
    setDraft(g.content);
    const v = await read(api.guides[':type'].versions.$get({ param: { type: tp } }));
    setVersions(v.versions);
  };
  useEffect(() => {
    setStatus(null);
    setViewing(null);
    void load(type).catch((err: unknown) => setStatus({ ok: false, text: errorText(err) }));
  }, [type]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!base || !draft) return;
    setStatus(null);
    try {
      const saved = await read(
        api.guides[':type'].$put({
          param: { type },
          json: { baseVersion: base.version, content: draft, note },
        }),
      );
      setNote('');
      await load(type);
      setStatus({ ok: true, text: fmt(t(G.saved), { n: saved?.version ?? '' }) });
    } catch (err) {
      setStatus({ ok: false, text: errorText(err) });
    }
  };
  const view = async (version: number) => {
    setViewing(
      await read(
        api.guides[':type'].versions[':version'].$get({
          param: { type, version: String(version) },
        }),
      ),
    );
  };
  const set = <K extends keyof GuideContent>(k: K, v: GuideContent[K]) =>
    draft && setDraft({ ...draft, [k]: v });

  return (
    <section data-testid="guide-editor" class="guide-admin">
      <PageTitle text={G.title} />
      <p class="hint">{t(G.intro)}</p>
      <label class="field">
        <span class="label">{t(G.type)}</span>
        <select
          value={type}
          data-testid="guide-type"
          onChange={(e) => setType((e.target as HTMLSelectElement).value as BusinessType)}
        >
          {BUSINESS_TYPES.map((bt) => (
            <option key={bt} value={bt}>
              {t(BUSINESS_TYPE_LABELS[bt])}
            </option>
          ))}
        </select>
      </label>
      {draft && base && (
        <form onSubmit={(e) => void save(e)}>
          <p class="hint" data-testid="guide-editor-version" data-type={base.type}>
            {t(G.current)}: {fmt(t(G.version), { n: base.version })}
          </p>
          <TextField
            label={t(G.when)}
            value={draft.when}
            onChange={(v) => set('when', v)}
            testid="guide-when"
          />
          <ListField
            title={t(G.conditions)}
            items={draft.conditions}
            blank={blank}
            onChange={(v) => set('conditions', v)}
            render={(x, s, i) => <TextField label={`${i + 1}`} value={x} onChange={s} />}
          />
          <ListField
            title={t(G.materials)}
            items={draft.materials}
            blank={() => ({ name: blank(), goodPhoto: null, badPhoto: null })}
            onChange={(v) => set('materials', v)}
            render={(x, s, i) => <MaterialField value={x} onChange={s} i={i} />}
          />
          <section class="panel">
            <h3>{t(G.limits)}</h3>
            {draft.limits.map((l, i) => (
              <div key={i} class="guide-admin-limit">
                <span>{t(l.label)}</span>
                <label>
                  {t(G.statutory)} <input type="number" min={0} value={l.statutoryDays} readOnly />
                </label>
                <label>
                  {t(G.promised)}{' '}
                  <input
                    type="number"
                    min={0}
                    max={l.statutoryDays}
                    value={l.promisedDays}
                    data-testid={`limit-${i}-promised`}
                    onInput={(e) =>
                      set(
                        'limits',
                        draft.limits.map((x, j) =>
                          j === i
                            ? { ...x, promisedDays: Number((e.target as HTMLInputElement).value) }
                            : x,
                        ),
                      )
                    }
                  />
                </label>
              </div>
            ))}
          </section>
          <TextField label={t(G.fee)} value={draft.fee} onChange={(v) => set('fee', v)} />
          <ListField
            title={t(G.notes)}
            items={draft.notes}
            blank={blank}
            onChange={(v) => set('notes', v)}
            render={(x, s, i) => <TextField label={`${i + 1}`} value={x} onChange={s} />}
          />
          <ListField
            title={t(G.whereToAsk)}
            items={draft.whereToAsk}
            blank={blank}
            onChange={(v) => set('whereToAsk', v)}
            render={(x, s, i) => <TextField label={`${i + 1}`} value={x} onChange={s} />}
          />
          <ListField
            title={t(G.faq)}
            items={draft.faq}
            blank={() => ({ q: blank(), a: blank() })}
            onChange={(v) => set('faq', v)}
            render={(x, s) => (
              <>
                <TextField label={t(G.question)} value={x.q} onChange={(q) => s({ ...x, q })} />
                <TextField label={t(G.answer)} value={x.a} onChange={(a) => s({ ...x, a })} />
              </>
            )}
          />
          <label class="field">
            <span class="label">{t(G.note)}</span>
            <input
              value={note}
              maxLength={200}
              data-testid="guide-note"
              onInput={(e) => setNote((e.target as HTMLInputElement).value)}
            />
          </label>
          {status && (
            <p
              class={status.ok ? 'hint' : 'form-error'}
              role={status.ok ? 'status' : 'alert'}
              data-testid="guide-status"
            >
              {status.text}
            </p>
          )}
          <button type="submit" class="btn btn-primary" data-testid="guide-save">
            {t(G.save)}
          </button>
        </form>
      )}
      <section class="panel" data-testid="guide-versions">
        <h2>{t(G.versions)}</h2>
        <ul class="bullets">
          {versions.map((v) => (
            <li key={v.version}>
              {fmt(t(G.version), { n: v.version })} ·{' '}
              {v.createdAt
                ? `${v.createdByName} ${v.createdAt.slice(0, 16).replace('T', ' ')}`
                : t(G.shipped)}
              {v.note && ` · ${v.note}`}{' '}
              <button
                type="button"
                class="btn btn-small btn-ghost"
                onClick={() => void view(v.version)}
              >
                {t(G.view)}
              </button>
            </li>
          ))}
        </ul>
        {viewing && (
          <div class="guide-admin-old" data-testid="guide-old-version">
            <h3>{fmt(t(G.version), { n: viewing.version })}</h3>
            <p>{t(viewing.content.when)}</p>
            <ul class="bullets">
              {viewing.content.materials.map((m, i) => (
                <li key={i}>{t(m.name)}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </section>
  );
}
