// exifr's smallest build (JPEG; EXIF time and GPS) has the full build's types.
declare module 'exifr/dist/mini.esm.mjs' {
  import exifr from 'exifr';
  export default exifr;
}
