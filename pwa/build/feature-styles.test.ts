/**
 * A feature's stylesheet arrives with its lazily loaded screen and then stays in the page for
 * the rest of the visit, so a generic selector in it (`.facts` in the map's stylesheet once
 * turned every key–value panel into one character per line after the map had been opened)
 * restyles screens it knows nothing about. Every rule of pwa/src/features/<feature>/*.css must
 * therefore start from one of that feature's own classes (`.map-…` in map, `.apply-…` in apply);
 * shared styles live in pwa/src/app/styles.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const FEATURES = fileURLToPath(new URL('../src/features/', import.meta.url));

/** The selectors of a stylesheet's style rules (inside @media / @container too), one by one. */
export function selectorsOf(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let depth = 0;
  let inKeyframes = -1;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      const prelude = text.slice(start, i).trim();
      if (prelude.startsWith('@')) {
        if (/^@(-\w+-)?keyframes\b/.test(prelude)) inKeyframes = depth;
      } else if (inKeyframes < 0) {
        out.push(...prelude.split(',').map((s) => s.trim()));
      }
      depth++;
      start = i + 1;
    } else if (ch === '}') {
      depth--;
      if (depth === inKeyframes) inKeyframes = -1;
      start = i + 1;
    } else if (ch === ';' && depth >= 0) {
      start = i + 1;
    }
  }
  return out;
}

/** Whether the selector's first compound names a class of the feature (`.map-…`). */
export function scopedTo(feature: string, selector: string): boolean {
  const first = selector.split(/\s*[\s>+~]\s*/)[0] ?? '';
  const classes = first.match(/\.[\w-]+/g) ?? [];
  return classes.some((c) => c.startsWith(`.${feature}-`));
}

/** Every stylesheet under pwa/src/features/<feature>/, with its feature. */
function featureStylesheets(): { feature: string; file: string; css: string }[] {
  return readdirSync(FEATURES, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.css'))
    .map((d) => {
      const file = join(d.parentPath, d.name).slice(FEATURES.length);
      return {
        feature: file.split('/')[0] ?? '',
        file,
        css: readFileSync(join(d.parentPath, d.name), 'utf8'),
      };
    });
}

describe('feature stylesheets', () => {
  test('the rule that broke the panels is what this test refuses', () => {
    const leaking =
      '.map-side { overflow: auto; }\n.facts { display: grid; }\n.facts dd { margin: 0 }';
    const unscoped = selectorsOf(leaking).filter((s) => !scopedTo('map', s));
    expect(unscoped).toEqual(['.facts', '.facts dd']);
    expect(selectorsOf('@media (max-width: 1px) { .a, .map-b > p { x: y } }')).toEqual([
      '.a',
      '.map-b > p',
    ]);
    expect(scopedTo('map', '.map-frame > .map.map-pending')).toBe(true);
    expect(scopedTo('map', 'section .map-frame')).toBe(false);
  });

  test('every rule starts from a class of its own feature', () => {
    const sheets = featureStylesheets();
    // The map's stylesheet is among them, read in full.
    expect(sheets.find((s) => s.file === 'map/map.css')?.css).toMatch(/\.map-side\b/);
    const leaks = sheets.flatMap(({ feature, file, css }) =>
      selectorsOf(css)
        .filter((s) => !scopedTo(feature, s))
        .map((s) => `${file}: ${s}`),
    );
    expect(leaks).toEqual([]);
  });
});
