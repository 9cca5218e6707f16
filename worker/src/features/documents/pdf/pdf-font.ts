/**
 * The CJK font the PDFs are set in: WenQuanYi Micro Hei (TrueType outlines, Apache-2.0,
 * worker/assets/fonts). It is 4.6 MB, so it stays out of the worker bundle: the PWA build
 * copies it into the static assets (pwa/vite.config.ts) and the worker reads it through its
 * own ASSETS binding once per isolate. Each PDF embeds only the glyphs it prints.
 */
import type { Env } from '../../../env';
import { AppError } from '../../../lib/errors';

/** Where the font is served among the static assets. */
export const PDF_FONT_PATH = '/fonts/wqy-microhei.ttf';

let cached: Promise<Uint8Array> | null = null;

async function load(env: Env): Promise<Uint8Array> {
  // The host is never resolved: the ASSETS binding answers from the deployment's own files.
  const res = await env.ASSETS.fetch(new Request(`https://assets.local${PDF_FONT_PATH}`));
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A missing file answers the SPA's index.html with 200: only a TrueType header will do.
  const sfnt =
    bytes.length > 1024 && bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0;
  if (!res.ok || !sfnt) {
    console.error(
      JSON.stringify({
        level: 'error',
        pdfFont: `${PDF_FONT_PATH}: ${res.status}, ${bytes.length} bytes, not a TrueType font`,
      }),
    );
    throw new AppError('PDF_FONT_MISSING');
  }
  return bytes;
}

/** The font's bytes, fetched once per isolate (a failed fetch is tried again next time). */
export function pdfFont(env: Env): Promise<Uint8Array> {
  cached ??= load(env).catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}
