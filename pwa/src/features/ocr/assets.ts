/**
 * Where the OCR assets are served from our own origin. The versions are in the paths, so a new
 * tesseract or model never meets an old cached copy (tesseract's own cache key ignores the path).
 * Build-time copies come from the npm packages (see `ocrAssets` in pwa/vite.config.ts).
 */
export const TESSERACT_VERSION = '7.0.0';
export const TRAINEDDATA = '4.0.0_best_int';

export const OCR_ASSETS = {
  worker: `/ocr/tesseract-${TESSERACT_VERSION}/worker.min.js`,
  core: `/ocr/tesseract-${TESSERACT_VERSION}/core`,
  lang: `/ocr/lang-${TRAINEDDATA}`,
} as const;
