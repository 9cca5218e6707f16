/**
 * Shrinks a photo on the device before upload: a phone camera's 4000 px, 4 MB picture becomes a
 * ≤ 2000 px JPEG of a few hundred kB (an on-site photo ≤ 1600 px), readable for staff and quick
 * on a weak connection. One decode into an ImageBitmap and one draw, on an OffscreenCanvas where
 * there is one, so a cheap phone holds one full-size picture in memory at a time.
 * PDFs (a scanned lease) pass through untouched; the server checks size and type again.
 */
export const MAX_SIDE = 2000;
export const JPEG_QUALITY = 0.85;

/** The target size for a picture of `w`×`h`: the long side at most `max`, never enlarged. */
export function fitWithin(w: number, h: number, max = MAX_SIDE): { w: number; h: number } {
  const scale = Math.min(1, max / Math.max(w, h));
  return { w: Math.max(1, Math.round(w * scale)), h: Math.max(1, Math.round(h * scale)) };
}

export async function compressImage(
  file: Blob,
  max = MAX_SIDE,
  quality = JPEG_QUALITY,
): Promise<Blob> {
  if (file.type === 'application/pdf') return file;
  // imageOrientation: honour the EXIF rotation of phone photos, or IDs arrive sideways.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { w, h } = fitWithin(bitmap.width, bitmap.height, max);
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0, w, h);
      return await canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('encoding failed'))),
        'image/jpeg',
        quality,
      ),
    );
  } finally {
    bitmap.close();
  }
}
