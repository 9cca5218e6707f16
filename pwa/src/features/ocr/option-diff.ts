/**
 * An option split into runs, each marked where it differs from the value read, so the one
 * changed character stands out (掇 and 摄 look alike at a glance). Compared by code point;
 * in an option of another length, what lies between the common start and end is the change.
 * Example: diffParts('彭或强', '彭彧强') → [{ text: '彭' }, { text: '彧', changed: true }, { text: '强' }].
 */
export function diffParts(value: string, option: string): { text: string; changed?: true }[] {
  const a = [...value];
  const b = [...option];
  if (a.length !== b.length) {
    // Characters put back (怒江族 → 怒江傈僳族): the same start and end, the middle marked.
    let pre = 0;
    while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
    let post = 0;
    while (
      post < a.length - pre &&
      post < b.length - pre &&
      a[a.length - 1 - post] === b[b.length - 1 - post]
    )
      post++;
    const parts: { text: string; changed?: true }[] = [];
    if (pre) parts.push({ text: b.slice(0, pre).join('') });
    const mid = b.slice(pre, b.length - post).join('');
    if (mid) parts.push({ text: mid, changed: true });
    if (post) parts.push({ text: b.slice(b.length - post).join('') });
    return parts;
  }
  const out: { text: string; changed?: true }[] = [];
  b.forEach((ch, i) => {
    const changed = ch !== a[i];
    const last = out.at(-1);
    if (last && !!last.changed === changed) last.text += ch;
    else out.push(changed ? { text: ch, changed: true } : { text: ch });
  });
  return out;
}
