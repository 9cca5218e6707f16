/** A list of short texts edited together: correction items or refusal reasons, all at once. */
import { t, type Text } from '../../app/i18n';
import { A } from './actions.strings';

export function ItemEditor(p: {
  items: string[];
  onChange: (items: string[]) => void;
  label: Text;
  picks?: Text[];
}) {
  const set = (i: number, v: string) => p.onChange(p.items.map((x, j) => (j === i ? v : x)));
  const add = (v = '') => p.onChange([...p.items.filter((x) => x.trim() !== ''), v]);
  return (
    <fieldset class="item-editor" data-testid="item-editor">
      <legend>{t(p.label)}</legend>
      {p.picks && (
        <div class="quick-picks" aria-label={t(A.quickPicks)}>
          {p.picks.map((q) => {
            const text = t(q);
            const on = p.items.includes(text);
            return (
              <button
                key={text}
                type="button"
                class={`btn btn-small${on ? ' btn-primary' : ''}`}
                aria-pressed={on}
                onClick={() => (on ? p.onChange(p.items.filter((x) => x !== text)) : add(text))}
              >
                {on ? '✓ ' : '＋ '}
                {text}
              </button>
            );
          })}
        </div>
      )}
      <ol>
        {p.items.map((x, i) => (
          <li key={i}>
            <input
              value={x}
              aria-label={`${t(p.label)} ${i + 1}`}
              onInput={(e) => set(i, e.currentTarget.value)}
              data-testid="item-input"
            />
            <button
              type="button"
              class="btn btn-small btn-ghost"
              aria-label={`${t(A.removeItem)} ${i + 1}`}
              onClick={() => p.onChange(p.items.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="btn btn-small" onClick={() => add()} data-testid="add-item">
        ＋ {t(A.addItem)}
      </button>
    </fieldset>
  );
}
