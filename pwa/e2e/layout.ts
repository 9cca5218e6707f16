/**
 * The visual check of the journeys: measures the rendered page and names what a reader would
 * see as broken — a key–value panel squeezed to a character per line, a number broken although
 * its panel has room, text run off the screen, a page that scrolls sideways — and keeps a
 * screenshot of each screen for a reviewer (test-results/screens/, ignored by git).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const SCREENS_DIR = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

/** Empties the screenshot folder, so that it only holds the screens of this run. */
export function freshScreensDir(): void {
  rmSync(SCREENS_DIR, { recursive: true, force: true });
  mkdirSync(SCREENS_DIR, { recursive: true });
}

/** Waits until the screen stopped loading: no spinner, no toast over it, fonts and images in. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.state-loading, .toast'));
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      Array.from(document.images)
        .filter((img) => !img.complete && img.loading !== 'lazy')
        .map((img) => new Promise((r) => img.addEventListener('load', r, { once: true }))),
    );
  });
}

/** Fails with every layout problem found on the page, named after `screen`. */
export async function checkLayout(page: Page, screen: string): Promise<void> {
  expect(await layoutProblems(page), `layout problems on ${screen}`).toEqual([]);
}

/** The whole page as a PNG (the viewport stretched to the page, so fixed bars stay in place). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  try {
    await page.screenshot({
      path: `${SCREENS_DIR}${name}.png`,
      animations: 'disabled',
      caret: 'hide',
    });
  } finally {
    await page.setViewportSize(viewport);
  }
}

/**
 * Everything that looks broken, measured in the page (see `measure` for the rules). Empty when
 * the layout is sound.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(measure);
}

/**
 * Runs in the page. For every label (dt) and value (dd) of a key–value panel (dl.facts):
 *  - its box is at least four characters wide, or as wide as its whole text when shorter;
 *  - it never breaks a word (an application, licence or ID number) that its panel could
 *    hold on one line;
 *  - it takes no more lines than its text needs at its width (greedy wrapping: each full line
 *    holds at least the width minus the longest unbreakable piece);
 *  - nothing in it sticks out of its box.
 * On the whole page: no sideways scrolling, no text squeezed under two characters wide or run
 * off the screen (outside a scrolling area), no number or code cut off in its input.
 */
function measure(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const vw = root.clientWidth;
  const px = (n: number) => `${Math.round(n)}px`;
  const name = (el: Element) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `<${el.tagName.toLowerCase()}> "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  };
  const inner = (el: Element) => {
    const cs = getComputedStyle(el);
    return el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  };
  const shown = (el: Element) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const rectsOf = (node: Text, from?: number, to?: number) => {
    const range = document.createRange();
    if (from === undefined || to === undefined) range.selectNodeContents(node);
    else {
      range.setStart(node, from);
      range.setEnd(node, to);
    }
    return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  };
  const widthOf = (rects: DOMRect[]) => rects.reduce((sum, r) => sum + r.width, 0);
  const isAtomic = (el: Element) =>
    /^inline-(block|flex|grid|table)$/.test(getComputedStyle(el).display);
  const isBlock = (el: Element) => !/^(inline|contents|none)/.test(getComputedStyle(el).display);
  /** Text nodes with something to read, outside atomic inlines (badges, buttons) and blocks. */
  const ownTexts = (el: Element): Text[] => {
    const out: Text[] = [];
    for (const child of Array.from(el.childNodes)) {
      if (child instanceof Text) {
        if (child.data.trim()) out.push(child);
      } else if (child instanceof Element && !isAtomic(child) && !isBlock(child)) {
        out.push(...ownTexts(child));
      }
    }
    return out;
  };
  const atomicsOf = (el: Element): Element[] =>
    Array.from(el.children).flatMap((c) =>
      isAtomic(c) ? [c] : !isBlock(c) && shown(c) ? atomicsOf(c) : [],
    );
  const WORD = /[0-9A-Za-z][0-9A-Za-z*@._:/#+-]*/g;

  if (root.scrollWidth > vw + 1) {
    problems.push(`the page scrolls sideways: ${px(root.scrollWidth)} of content in ${px(vw)}`);
  }

  for (const dl of Array.from(document.querySelectorAll('dl.facts'))) {
    if (!shown(dl)) continue;
    const panel = inner(dl);
    for (const el of Array.from(dl.querySelectorAll('dt, dd'))) {
      if (!shown(el) || !(el.textContent ?? '').trim()) continue;
      const fs = parseFloat(getComputedStyle(el).fontSize);
      const width = inner(el);
      const texts = ownTexts(el);
      const atomics = atomicsOf(el).filter(shown);
      const textRects = texts.flatMap((t) => rectsOf(t));
      const pieces = [...textRects, ...atomics.map((a) => a.getBoundingClientRect())];
      const natural = widthOf(pieces);
      let word = '';
      let wordWidth = 0;
      for (const t of texts) {
        for (const m of t.data.matchAll(WORD)) {
          const at = m.index ?? 0;
          const w = widthOf(rectsOf(t, at, at + m[0].length));
          if (w > wordWidth) [word, wordWidth] = [m[0], w];
        }
      }
      if (width + 1 < Math.min(natural, 4 * fs)) {
        problems.push(
          `${name(el)} is ${px(width)} wide, under four characters (${px(4 * fs)}) for ${px(natural)} of text`,
        );
      }
      if (wordWidth > width + 1 && wordWidth <= panel) {
        problems.push(
          `${name(el)} breaks "${word}" (${px(wordWidth)}) in a ${px(width)} box although its panel is ${px(panel)} wide`,
        );
      }
      if (!Array.from(el.querySelectorAll('*')).some((d) => isBlock(d) && shown(d))) {
        // Lines: pieces whose vertical middle falls outside the current line start a new one.
        const sorted = [...pieces].sort((a, b) => a.top - b.top);
        let lines = 0;
        let bottom = -Infinity;
        for (const r of sorted) {
          if (r.top + r.height / 2 > bottom) {
            lines++;
            bottom = r.bottom;
          } else bottom = Math.max(bottom, r.bottom);
        }
        const longest = Math.max(wordWidth, 2 * fs, ...atomics.map((a) => a.clientWidth));
        const perLine = width - Math.min(longest, width / 2);
        const needed = Math.max(1, Math.ceil((natural - 1) / perLine));
        if (lines > needed) {
          problems.push(
            `${name(el)} takes ${lines} lines where ${needed} would hold its ${px(natural)} of text in ${px(width)}`,
          );
        }
      }
      if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(
          `${name(el)} sticks out of its box: ${px(el.scrollWidth)} of content in ${px(el.clientWidth)}`,
        );
      }
    }
  }

  // The whole page: text squeezed or run off the screen.
  const SKIP = 'script, style, noscript, template, svg, select, option, .visually-hidden, .map';
  const scrolls = (el: Element) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(a).overflowX)) return true;
    }
    return false;
  };
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node as Text;
    const parent = t.parentElement;
    if (!t.data.trim() || !parent || parent.closest(SKIP) || !shown(parent)) continue;
    const rects = rectsOf(t);
    if (rects.length === 0) continue;
    let box: Element = parent;
    while (!isBlock(box) && !isAtomic(box) && box.parentElement) box = box.parentElement;
    const fs = parseFloat(getComputedStyle(parent).fontSize);
    if (!seen.has(box) && inner(box) + 1 < Math.min(widthOf(rects), 2 * fs)) {
      seen.add(box);
      problems.push(`${name(box)} is squeezed to ${px(inner(box))}, under two characters`);
    }
    const off = rects.some((r) => r.right > vw + 1 || r.left < -1);
    if (off && !seen.has(parent) && !scrolls(parent)) {
      seen.add(parent);
      problems.push(`${name(parent)} runs off the screen`);
    }
  }
  for (const input of Array.from(document.querySelectorAll('input'))) {
    // Numbers and codes (coordinates, ID and credit codes) must show whole; prose may scroll.
    if (!/^(text|tel|number|search)$/.test(input.type) || !shown(input)) continue;
    if (!/^[0-9A-Za-z.+\- ]{1,24}$/.test(input.value)) continue;
    if (input.scrollWidth > input.clientWidth + 1) {
      problems.push(
        `<input id="${input.id}"> cuts "${input.value}" (${px(input.scrollWidth)} in ${px(input.clientWidth)})`,
      );
    }
  }
  return problems;
}
