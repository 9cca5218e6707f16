/**
 * The PDF toolkit of the licence and the official documents: an A4 page with one CJK font
 * (TrueType outlines, subset per document, so a page carries only the glyphs it prints), text
 * that wraps and never prints a tofu box, and the bureau's colours. Pure: the font arrives as
 * bytes (see pdf-font.ts for where the worker gets them), so Node can render the same pages.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage, type Color } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.38, 0.4, 0.44);
export const SEAL_RED = rgb(0.85, 0.1, 0.1);

/**
 * Printed where the font has no glyph for a character (a rare name character, an emoji): the
 * geta mark 〓, the typesetters' sign for a missing character, and the page lists the code
 * points in a note so the record in the system stays the reference.
 */
export const MISSING_MARK = '〓';

/** Marks a line may not start with (closing punctuation) and may not end with (opening). */
const NO_LINE_START = /^[，。、；：？！）》」』】〕〉”’…—·％,.;:?!)\]%]/u;
const NO_LINE_END = /[（《「『【〔〈“‘([]$/u;

/** What the sheet asks of a parsed font besides what pdf-lib does with it. */
interface GlyphTable {
  hasGlyphForCodePoint(cp: number): boolean;
}

/**
 * fontkit with its parsed fonts kept per isolate: pdf-lib parses the font for every document,
 * and parsing the tables of a 49,531-glyph font (cmap, hmtx) is most of a PDF's drawing time.
 * A parsed font is only read from (each document makes its own subset), so sharing it is safe.
 */
const parsed = new WeakMap<ArrayBufferLike, GlyphTable>();
function parse(bytes: Uint8Array): GlyphTable {
  let t = parsed.get(bytes.buffer);
  if (!t) {
    t = fontkit.create(bytes) as GlyphTable;
    parsed.set(bytes.buffer, t);
  }
  return t;
}
const cachingFontkit = { ...fontkit, create: (bytes: Uint8Array) => parse(bytes) };

/** One document being drawn: its font, the characters it could not print, its pages. */
export class PdfSheet {
  readonly missing = new Set<string>();
  /** Advance widths per character at size 1000: fontkit shapes every string it measures, and
   * wrapping measures growing lines, so measuring character by character keeps it linear. */
  private readonly advances = new Map<string, number>();
  private constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    private readonly glyphs: GlyphTable,
  ) {}

  static async create(fontBytes: Uint8Array, meta: { title: string; subject: string }) {
    const doc = await PDFDocument.create();
    // fontkit's own API is what pdf-lib's Fontkit type describes (it has no bundled types).
    doc.registerFontkit(cachingFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
    const font = await doc.embedFont(fontBytes, { subset: true });
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setSubject(meta.subject);
    doc.setLanguage('zh-CN');
    doc.setCreator('Xuke 许可微厅');
    doc.setProducer('Xuke 许可微厅');
    // Dates in the PDF come from the caller's record, never from the real clock.
    return new PdfSheet(doc, font, parse(fontBytes));
  }

  page(): PDFPage {
    return this.doc.addPage([A4.width, A4.height]);
  }

  /** `text` with every character the font lacks replaced by MISSING_MARK (and remembered). */
  printable(text: string): string {
    let out = '';
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0)!;
      if (ch === '\n' || ch === '\t') out += ' ';
      else if (cp < 0x20) continue;
      else if (this.glyphs.hasGlyphForCodePoint(cp)) out += ch;
      else {
        this.missing.add(ch);
        out += MISSING_MARK;
      }
    }
    return out;
  }

  width(text: string, size: number): number {
    return this.measure(this.printable(text), size);
  }

  /** The width of already printable text (no kerning: CJK has none to speak of). */
  measure(t: string, size: number): number {
    let w = 0;
    for (const ch of t) {
      let a = this.advances.get(ch);
      if (a === undefined) {
        a = this.font.widthOfTextAtSize(ch, 1000);
        this.advances.set(ch, a);
      }
      w += a;
    }
    return (w * size) / 1000;
  }

  /** Draws one line of text; `align` places it against x (left edge, centre or right edge). */
  line(
    page: PDFPage,
    text: string,
    o: { x: number; y: number; size: number; color?: Color; align?: 'left' | 'center' | 'right' },
  ): void {
    const t = this.printable(text);
    const w = this.measure(t, o.size);
    const x = o.align === 'center' ? o.x - w / 2 : o.align === 'right' ? o.x - w : o.x;
    page.drawText(t, { x, y: o.y, size: o.size, font: this.font, color: o.color ?? INK });
  }

  /**
   * The lines `text` breaks into within `maxWidth` (CJK breaks anywhere, Latin at spaces), with
   * the Chinese line-breaking rules (避头尾): no line starts with closing punctuation（，。》…）
   * nor ends with an opening one（《“（…): the character before it goes down with it, or, after
   * a number or Latin word that must not be split, the mark hangs past the margin.
   */
  wrap(text: string, size: number, maxWidth: number, indentFirst = 0): string[] {
    const lines: string[] = [];
    for (const para of this.printable(text).split(/\r?\n/)) {
      let cur = '';
      let limit = maxWidth - indentFirst;
      const tokens = para.match(/[A-Za-z0-9.,:;/@%+\-_'"()]+|\s+|./gu) ?? [];
      for (const tok of tokens) {
        const next = cur + tok;
        if (this.measure(next, size) <= limit || cur === '') {
          cur = next;
          continue;
        }
        let carry = '';
        if (NO_LINE_START.test(tok)) {
          // Take characters down until the new line starts with one that may start it (。” takes
          // the character before both).
          let rest = cur;
          while ([...rest].length > 1) {
            const last = [...rest].at(-1)!;
            if (/[A-Za-z0-9\s]/.test(last)) break;
            carry = last + carry;
            rest = rest.slice(0, -last.length);
            if (!NO_LINE_START.test(carry)) break;
          }
          if (carry === '' || NO_LINE_START.test(carry)) {
            cur = next; // hangs: splitting the number or word before it would be worse
            continue;
          }
          cur = rest;
        }
        while ([...cur].length > 1 && NO_LINE_END.test(cur)) {
          const last = [...cur].at(-1)!;
          carry = last + carry;
          cur = cur.slice(0, -last.length);
        }
        lines.push(cur.trimEnd());
        limit = maxWidth;
        cur = /^\s+$/.test(tok) ? carry : carry + tok;
      }
      lines.push(cur.trimEnd());
    }
    return lines;
  }

  /**
   * Draws `text` wrapped into `maxWidth` from the baseline y downwards; returns the y below the
   * last line. `indent` (in characters) indents each paragraph's first line, as Chinese prose.
   */
  paragraph(
    page: PDFPage,
    text: string,
    o: { x: number; y: number; size: number; maxWidth: number; indent?: number; color?: Color },
  ): number {
    const lead = o.size * 1.75;
    let y = o.y;
    for (const para of text.split('\n')) {
      const indent = (o.indent ?? 0) * o.size;
      this.wrap(para, o.size, o.maxWidth, indent).forEach((l, i) => {
        page.drawText(l, {
          x: o.x + (i === 0 ? indent : 0),
          y,
          size: o.size,
          font: this.font,
          color: o.color ?? INK,
        });
        y -= lead;
      });
    }
    return y;
  }

  /** The note about characters printed as MISSING_MARK, or null when none were. */
  missingNote(): string | null {
    if (!this.missing.size) return null;
    const cps = [...this.missing].map(
      (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    );
    return `注：“${MISSING_MARK}”处为字库未收的字（${cps.join('、')}），以系统登记为准。`;
  }

  async bytes(): Promise<Uint8Array> {
    // Object streams keep the cross-reference small; the timestamps stay those set above.
    return this.doc.save({ useObjectStreams: true });
  }
}
