/** The part of fontkit (no bundled types) the PDFs use: parsing a font to ask for glyphs. */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
