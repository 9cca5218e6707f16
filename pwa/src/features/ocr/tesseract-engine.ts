/**
 * tesseract.js behind the pipeline's `OcrEngine`: one worker per language (chi_sim for the page,
 * eng for number bands), so whitelists never leak between reads. Used by the PWA's OCR worker
 * and by the Node benchmark; only the paths differ.
 */
import { createWorker, type Worker as TessWorker } from 'tesseract.js';
import { encodePgm } from '../../../../worker/core/ocr/image';
import type {
  OcrEngine,
  OcrLang,
  ReadRequest,
  ReadResult,
} from '../../../../worker/core/ocr/engine';
import type { OcrLine, OcrWord } from '../../../../worker/core/ocr/types';

export interface EnginePaths {
  /** Absolute URLs in the browser (tesseract does not resolve them inside a worker). */
  workerPath?: string;
  corePath?: string;
  langPath: Record<OcrLang, string>;
  /** Browser: where tesseract's IndexedDB copy lives; versioned because its key ignores langPath. */
  cachePath?: string;
  cacheMethod?: 'write' | 'none';
}

export interface LoadProgress {
  lang: OcrLang;
  status: string;
  progress: number;
}

const OEM_LSTM_ONLY = 1;

interface TessLine {
  text: string;
  confidence: number;
  bbox: OcrWord['bbox'];
  words: { text: string; confidence: number; bbox: OcrWord['bbox'] }[];
}

export async function createTesseractEngine(
  paths: EnginePaths,
  onLoad?: (p: LoadProgress) => void,
): Promise<OcrEngine & { terminate(): Promise<void> }> {
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
      });
      workers.set(lang, w);
    }
    return w;
  };

  return {
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
      await Promise.all(all.map(async (w) => (await w).terminate()));
    },
  };
}
