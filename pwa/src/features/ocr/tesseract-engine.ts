/**
 * tesseract.js behind the pipeline's `OcrEngine`: one worker per language (chi_sim for the page,
 * eng for number bands), so whitelists never leak between reads; plus, where allowed, the PP-OCR
 * line model as the engine's `readLine` (paddle-engine.ts). Used by the PWA's OCR worker and by
 * the Node benchmark; only the paths differ.
 */
import { createWorker, type Worker as TessWorker } from 'tesseract.js';
import { encodePgm } from '../../../../worker/core/ocr/image';
import type {
  OcrEngine,
  OcrLang,
  ReadRequest,
  ReadResult,
} from '../../../../worker/core/ocr/engine';
import type { GlyphFaces } from '../../../../worker/core/ocr/shapes';
import type { OcrLine, OcrWord } from '../../../../worker/core/ocr/types';
import { createPaddleReader, type PaddleSource } from './paddle-engine';
import { offscreenDrawer } from './glyph-drawer';
import { browserRecSource, recAllowed } from './rec-source';

export interface EnginePaths {
  /** Absolute URLs in the browser (tesseract does not resolve them inside a worker). */
  workerPath?: string;
  corePath?: string;
  langPath: Record<OcrLang, string>;
  /** Browser: where tesseract's IndexedDB copy lives; versioned because its key ignores langPath. */
  cachePath?: string;
  cacheMethod?: 'write' | 'none';
  /**
   * The line model's files; `null` = tesseract only. Left out in the browser, it is served
   * from /ocr/ (see rec-source.ts).
   */
  rec?: PaddleSource | null;
  /**
   * The low-memory profile (the line model gives its buffers back after each line). Left out
   * in the browser, devices under 4 GB (`navigator.deviceMemory`) get it.
   */
  lowMemory?: boolean;
  /**
   * Draws characters for the shape check of rare name characters (glyph-drawer.ts). Left out
   * in the browser, the OCR worker's OffscreenCanvas draws them in the device's typefaces.
   */
  drawGlyph?: GlyphFaces;
}

/** The browser default for `rec`: our origin's copy (every device; see `lowMemory`). */
function defaultRec(onLoad?: (p: LoadProgress) => void): PaddleSource | null {
  if (typeof navigator === 'undefined' || typeof location === 'undefined') return null;
  // Reported like tesseract's language data, so the page shows the same one-time download.
  return browserRecSource(location.origin, (progress) =>
    onLoad?.({ lang: 'chi_sim', status: 'loading language model (PP-OCR)', progress }),
  );
}

export interface LoadProgress {
  lang: OcrLang;
  status: string;
  progress: number;
}

const OEM_LSTM_ONLY = 1;

export interface BrowserEngine extends OcrEngine {
  /** The line model's threads (0 without it), reported with each result. */
  lineThreads: number;
  terminate(): Promise<void>;
}

interface TessLine {
  text: string;
  confidence: number;
  bbox: OcrWord['bbox'];
  words: { text: string; confidence: number; bbox: OcrWord['bbox'] }[];
}

export async function createTesseractEngine(
  paths: EnginePaths,
  onLoad?: (p: LoadProgress) => void,
): Promise<BrowserEngine> {
  const workers = new Map<OcrLang, Promise<TessWorker>>();
  const get = (lang: OcrLang) => {
    let w = workers.get(lang);
    if (!w) {
      w = createWorker(lang, OEM_LSTM_ONLY, {
        ...(paths.workerPath ? { workerPath: paths.workerPath } : {}),
        ...(paths.corePath ? { corePath: paths.corePath } : {}),
        langPath: paths.langPath[lang],
        cachePath: paths.cachePath ?? '.',
        cacheMethod: paths.cacheMethod ?? 'none',
        workerBlobURL: false,
        logger: (m) => onLoad?.({ lang, status: m.status, progress: m.progress }),
        // The failed job's promise rejects and the pipeline reports it; without a handler
        // tesseract also throws it uncaught, which would end the whole OCR worker.
        errorHandler: () => undefined,
      });
      workers.set(lang, w);
    }
    return w;
  };

  const recSource = paths.rec === undefined ? defaultRec(onLoad) : paths.rec;
  const memory =
    typeof navigator === 'undefined'
      ? undefined
      : (navigator as { deviceMemory?: number }).deviceMemory;
  const lowMemory = paths.lowMemory ?? !recAllowed(memory);
  const rec = recSource ? createPaddleReader(recSource, lowMemory) : null;
  // Starts the download and compilation now: where the line model runs, it reads first.
  rec?.warm();

  const drawGlyph = paths.drawGlyph ?? offscreenDrawer();
  return {
    ...(rec ? { readLine: rec.readLine } : {}),
    ...(drawGlyph ? { drawGlyph } : {}),
    lineThreads: rec?.threads ?? 0,
    async read(req: ReadRequest): Promise<ReadResult> {
      const w = await get(req.lang);
      await w.setParameters({
        tessedit_pageseg_mode: req.psm as never,
        tessedit_char_whitelist: req.whitelist ?? '',
        // Chinese text has no spaces; keeping tesseract's guesses only splits words oddly.
        preserve_interword_spaces: '1',
        user_defined_dpi: '300',
      });
      const { data } = await w.recognize(
        encodePgm(req.image) as never,
        {},
        { text: true, blocks: true },
      );
      const lines: TessLine[] = (data.blocks ?? []).flatMap((b) =>
        b.paragraphs.flatMap((p) => p.lines as unknown as TessLine[]),
      );
      const words: OcrWord[] = lines.flatMap((l) =>
        l.words.map((x) => ({ text: x.text, confidence: x.confidence, bbox: x.bbox })),
      );
      const outLines: OcrLine[] = lines.map((l) => ({
        text: l.text.trim(),
        confidence: l.confidence,
        bbox: l.bbox,
      }));
      return { text: data.text, confidence: data.confidence, words, lines: outLines };
    },
    async terminate() {
      const all = [...workers.values()];
      workers.clear();
      await Promise.all([...all.map(async (w) => (await w).terminate()), rec?.release()]);
    },
  };
}
