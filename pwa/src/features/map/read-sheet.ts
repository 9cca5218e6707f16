/**
 * The spreadsheet reader (read-excel-file), a chunk of its own: only an import of an .xlsx
 * file loads it, and only the admin installs it for offline use (pwa/vite.config.ts skips it
 * for the other staff, whose one import, 外部系统数据, needs the network anyway).
 */
export { readSheet } from 'read-excel-file/browser';
