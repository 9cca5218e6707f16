/** What one benchmark run returns, and the comparison baseline: tesseract's plain page text. */
import { parseIdCard } from '../../worker/core/ocr/id-card';
import { parseLicence } from '../../worker/core/ocr/licence';
import type { ExtractResult } from '../../worker/core/ocr/pipeline';
import type { FieldReading, OcrKind } from '../../worker/core/ocr/types';

export interface BenchRun {
  fields: Record<string, string>;
  /** Fields marked for the applicant's eye (low, invalid, mismatch, missing). */
  flags: Record<string, string>;
  /** A marked person's name: the readings offered for the applicant to tap (options.ts). */
  options?: Record<string, string[]>;
  /** The reason the photo was refused, or null. */
  refused: string | null;
  family?: string | null;
  seconds: number;
  /** What was poor about a photo that was read (cut off, dark, blurred, glare), if anything. */
  issue?: string;
  /** The threads the line model ran on (0 = tesseract alone); browser runs only. */
  threads?: number;
}

/** A pipeline result as a benchmark run. */
export function runOf(r: ExtractResult, seconds: number, threads?: number): BenchRun {
  const fields: Record<string, string> = {};
  const flags: Record<string, string> = {};
  const options: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(r.fields) as [string, FieldReading][]) {
    fields[k] = v.value;
    if (v.flag) flags[k] = v.flag;
    if (v.options) options[k] = v.options;
  }
  return {
    fields,
    flags,
    ...(Object.keys(options).length ? { options } : {}),
    refused: r.refused,
    ...(r.kind === 'licence' ? { family: r.family } : {}),
    ...(r.issue ? { issue: r.issue } : {}),
    seconds,
    ...(threads === undefined ? {} : { threads }),
  };
}

export function parseDefaults(kind: OcrKind, text: string): Record<string, string> {
  const lines = text
    .split('\n')
    .filter((l) => l.trim())
    .map((t) => ({ text: t, confidence: 90 }));
  const f = kind === 'id' ? parseIdCard(lines) : parseLicence(lines);
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.value]));
}
