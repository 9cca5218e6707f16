/**
 * An option split into runs, each marked where it differs from the value read, so the one
 * changed character stands out (掇 and 摄 look alike at a glance). Compared by code point;
 * options of another length are one changed run.
 * Example: diffParts('彭或强', '彭彧强') → [{ text: '彭' }, { text: '彧', changed: true }, { text: '强' }].
 */
export function diffParts(value: string, option: string): { text: string; changed?: true }[] {
  const a = [...value];
  const b = [...option];
  if (a.length !== b.length) return [{ text: option, changed: true }];
  const out: { text: string; changed?: true }[] = [];
  b.forEach((ch, i) => {
    const changed = ch !== a[i];
    const last = out.at(-1);
    if (last && !!last.changed === changed) last.text += ch;
    else out.push(changed ? { text: ch, changed: true } : { text: ch });
  });
  return out;
}
