/** The comparison baseline: tesseract's plain page text, split into lines, same field parsers. */
import { parseIdCard } from '../../worker/core/ocr/id-card';
import { parseLicence } from '../../worker/core/ocr/licence';
import type { OcrKind } from '../../worker/core/ocr/types';

export interface BenchRun {
  fields: Record<string, string>;
  seconds: number;
}

export function parseDefaults(kind: OcrKind, text: string): Record<string, string> {
  const lines = text
    .split('\n')
    .filter((l) => l.trim())
    .map((t) => ({ text: t, confidence: 90 }));
  const f = kind === 'id' ? parseIdCard(lines) : parseLicence(lines);
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.value]));
}
