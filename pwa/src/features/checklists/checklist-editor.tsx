/**
 * The admin's editor of one kind's checklist: items in order, each with its legal basis, what
 * to look at, the pass standard and whether a still frame is required. Saving writes a new
 * version based on the one shown (the server refuses it if someone saved meanwhile).
 */
import { useState } from 'preact/hooks';
import {
  checklistEditionSchema,
  type CatalogueItem,
  type ChecklistVersion,
} from '@core/checklist-catalogue';
import { api, errorText, read } from '../../app/api';
import { fmt, t, type Text } from '../../app/i18n';
import { toast } from '../../app/toast';
import { K } from './checklists.strings';

type Path = 'id' | 'basis' | `${'title' | 'look' | 'standard'}.${'zh' | 'en'}`;

function get(item: CatalogueItem, path: Path): string {
  if (path === 'id' || path === 'basis') return item[path];
  const [k, l] = path.split('.') as ['title' | 'look' | 'standard', 'zh' | 'en'];
  return item[k][l];
}

function set(item: CatalogueItem, path: Path, value: string): CatalogueItem {
  if (path === 'id' || path === 'basis') return { ...item, [path]: value };
  const [k, l] = path.split('.') as ['title' | 'look' | 'standard', 'zh' | 'en'];
  return { ...item, [k]: { ...item[k], [l]: value } };
}

const FIELDS: [Path, Text, boolean][] = [
  ['title.zh', K.itemTitleZh, false],
  ['title.en', K.itemTitleEn, false],
  ['id', K.itemId, false],
  ['basis', K.basis, false],
  ['look.zh', K.lookZh, true],
  ['look.en', K.lookEn, true],
  ['standard.zh', K.standardZh, true],
  ['standard.en', K.standardEn, true],
];

const blank = (n: number): CatalogueItem => ({
  id: `item_${n}`,
  title: { zh: '', en: '' },
  basis: '',
  look: { zh: '', en: '' },
  standard: { zh: '', en: '' },
  still: false,
});

export function ChecklistEditor(props: { base: ChecklistVersion; onDone: () => void }) {
  const [items, setItems] = useState<CatalogueItem[]>(props.base.items);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = { basedOn: props.base.id, items, note };
  const valid = checklistEditionSchema.safeParse(input).success;
  const change = (i: number, next: CatalogueItem) =>
    setItems(items.map((x, j) => (j === i ? next : x)));
  const move = (i: number, by: number) => {
    const next = [...items];
    const [x] = next.splice(i, 1);
    if (x) next.splice(i + by, 0, x);
    setItems(next);
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const { version } = await read(
        api.checklists[':kind'].$post({ param: { kind: props.base.kind }, json: input }),
      );
      toast(fmt(t(K.saved), { id: version?.id ?? '' }));
      props.onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="form panel"
      data-testid="checklist-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void save();
      }}
    >
      {items.map((item, i) => (
        <fieldset key={i} class="checklists-edit-item" data-testid="checklist-edit-item">
          <legend>
            {i + 1}. {item.title.zh || item.id}
          </legend>
          {FIELDS.map(([path, label, long]) => {
            const id = `cl-${i}-${path}`;
            const onInput = (e: Event) =>
              change(i, set(item, path, (e.target as HTMLInputElement).value));
            return (
              <div class="field" key={path}>
                <label for={id}>{t(label)}</label>
                {long ? (
                  <textarea id={id} rows={2} value={get(item, path)} onInput={onInput} />
                ) : (
                  <input id={id} value={get(item, path)} onInput={onInput} />
                )}
              </div>
            );
          })}
          <label class="switch-row">
            <input
              type="checkbox"
              checked={item.still}
              onChange={(e) =>
                change(i, { ...item, still: (e.target as HTMLInputElement).checked })
              }
            />{' '}
            {t(K.still)}
          </label>
          <div class="checklists-edit-tools">
            <button
              type="button"
              class="btn btn-small"
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              {t(K.up)}
            </button>
            <button
              type="button"
              class="btn btn-small"
              disabled={i === items.length - 1}
              onClick={() => move(i, 1)}
            >
              {t(K.down)}
            </button>
            <button
              type="button"
              class="btn btn-small btn-danger"
              disabled={items.length === 1}
              data-testid="checklist-remove"
              onClick={() => setItems(items.filter((_, j) => j !== i))}
            >
              {t(K.remove)}
            </button>
          </div>
        </fieldset>
      ))}
      <div class="button-row">
        <button
          type="button"
          class="btn"
          onClick={() => setItems([...items, blank(items.length + 1)])}
        >
          {t(K.add)}
        </button>
      </div>
      <div class="field">
        <label for="cl-note">{t(K.note)}</label>
        <input
          id="cl-note"
          value={note}
          data-testid="checklist-note"
          onInput={(e) => setNote((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="button-row">
        <button
          type="submit"
          class="btn btn-primary"
          disabled={busy || !valid}
          data-testid="checklist-save"
        >
          {t(busy ? K.saving : K.save)}
        </button>
        <button type="button" class="btn" onClick={props.onDone}>
          {t(K.cancel)}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
