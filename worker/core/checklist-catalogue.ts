/**
 * The checklist catalogue of remote inspections (云上核查核查清单): for each inspection kind an
 * ordered list of items, each with its legal basis, what to look at, the standard that passes
 * and whether a still frame of the applicant's camera is required. Editions are immutable: an
 * admin's edit is a new version, and an inspection names the exact version it used.
 */
import { z } from 'zod';
import type { BusinessType } from './business-types';
import { plainText } from './fields';

export const INSPECTION_KINDS = ['new', 'renewal', 'change', 'resume', 'supervision'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_KIND_LABELS: Record<InspectionKind, { zh: string; en: string }> = {
  new: { zh: '新办核查', en: 'New licence' },
  renewal: { zh: '延续核查', en: 'Renewal' },
  change: { zh: '变更核查', en: 'Change' },
  resume: { zh: '恢复营业核查', en: 'Resumption' },
  supervision: { zh: '证后监管', en: 'Post-licence supervision' },
};

/** The inspection kind a case of a business type calls for, or null (no inspection). */
export function inspectionKindOf(type: BusinessType): InspectionKind | null {
  return type === 'new' || type === 'renewal' || type === 'change' || type === 'resume'
    ? type
    : null;
}

/** The most items one edition holds (a remote call should stay around fifteen minutes). */
export const MAX_CATALOGUE_ITEMS = 30;

const text = (max: number) => plainText(2, max);
const bilingual = (max: number) => z.object({ zh: text(max), en: text(max) }).strict();

export const catalogueItemSchema = z
  .object({
    /** Stable within a kind across editions, so results can be compared between versions. */
    id: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
    title: bilingual(60),
    /** Legal basis as cited on the record, e.g. 《烟草专卖法实施条例》第十四条. */
    basis: text(200),
    /** What the inspector asks the applicant to show on camera. */
    look: bilingual(300),
    /** What passes. */
    standard: bilingual(300),
    /** A still frame of the applicant's camera must be captured for this item. */
    still: z.boolean(),
  })
  .strict();
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

export const catalogueItemsSchema = z
  .array(catalogueItemSchema)
  .min(1)
  .max(MAX_CATALOGUE_ITEMS)
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
    message: 'item ids must be unique',
  });

/** An admin's new edition of a kind: based on the version they edited (a stale edit conflicts). */
export const checklistEditionSchema = z
  .object({
    basedOn: z.string().max(40).nullable(),
    items: catalogueItemsSchema,
    /** What changed and why (shown in the version history). */
    note: text(200),
  })
  .strict();
export type ChecklistEditionInput = z.infer<typeof checklistEditionSchema>;

export const inspectionKindSchema = z.enum(INSPECTION_KINDS);

/** One edition as stored and answered. */
export interface ChecklistVersion {
  /** `<kind>-v<number>`, e.g. `new-v3`. */
  id: string;
  kind: InspectionKind;
  number: number;
  items: CatalogueItem[];
  note: string;
  createdBy: string | null;
  createdAt: string;
}

/** The id of edition `number` of a kind: `versionId('new', 3)` → `'new-v3'`. */
export function versionId(kind: InspectionKind, number: number): string {
  return `${kind}-v${number}`;
}

/** The kind and number of a version id, or null when it is not one. */
export function parseVersionId(id: string): { kind: InspectionKind; number: number } | null {
  const m = /^([a-z]+)-v([1-9]\d{0,5})$/.exec(id);
  const kind = INSPECTION_KINDS.find((k) => k === m?.[1]);
  return kind && m ? { kind, number: Number(m[2]) } : null;
}

/** The current edition of each kind, and how many editions there are. */
export interface CatalogueView {
  kinds: { kind: InspectionKind; current: ChecklistVersion; versions: number }[];
}

/** The stills an edition requires: the ids of the items marked `still`. */
export function itemsNeedingStill(items: readonly CatalogueItem[]): string[] {
  return items.filter((i) => i.still).map((i) => i.id);
}
