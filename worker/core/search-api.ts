/**
 * 跨系统查询: one box for licences, applicants, cases and the records imported from the bureau's
 * other systems (and, as they are imported, retailers). `GET /api/search?q=` answers the groups the caller
 * may see, each limited to their scope; an ID number is searched only by roles allowed to read
 * one, and every such search is audited.
 */
import { z } from 'zod';
import { searchQueryProblem, searchWords } from './search';
import { TEXT_PROBLEM_MESSAGES, textProblem } from './fields';
import { validateIdNumber } from './id-number';
import type { Who } from './access';
import type { RecordSource } from './deliveries';

export const SEARCH_KINDS = ['licence', 'retailer', 'application', 'applicant', 'record'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Items per group: a search box, not a report. */
export const SEARCH_GROUP_LIMIT = 10;

export const globalSearchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(60)
      .superRefine((q, ctx) => {
        const p = textProblem(q);
        if (!p) return;
        const m = TEXT_PROBLEM_MESSAGES[p];
        ctx.addIssue({
          code: 'custom',
          message: `a search ${m.en}`,
          params: { zh: `查询内容${m.zh}` },
        });
      })
      .refine((q) => searchQueryProblem(q) === null, {
        message: 'every word of a search needs two characters or more (at most 4 words)',
        params: { zh: '查询的每个词至少需要两个字（最多4个词）。' },
      }),
  })
  .strict();

export interface SearchItem {
  id: string;
  title: string;
  /** One line of context: the number, the masked holder, the address… */
  subtitle: string;
  /** Jurisdiction (county) code. */
  county: string;
  /** The object's status in its own vocabulary (licence or case status), if it has one. */
  status?: string;
  /** Where the workbench shows it. */
  href: string;
  /** A record's system (营销 / 配送 / 内管): the PWA names it in the reader's language. */
  source?: RecordSource;
}

export interface SearchGroup {
  kind: SearchKind;
  items: SearchItem[];
  /** More matched than the group shows: refine the query. */
  more: boolean;
}

export interface SearchAnswer {
  groups: SearchGroup[];
  /** The query held an ID number and it was searched (and audited). */
  idNumberSearched: boolean;
}

/** The ID numbers in a query (valid ones, upper-cased), which only some roles may search by. */
export function idNumbersIn(q: string, today: string): string[] {
  return searchWords(q)
    .map((w) => validateIdNumber(w, today))
    .filter((r) => r.ok)
    .map((r) => r.value);
}

/**
 * The kinds `who` may search. Clerks, approvers and admins: everything in their counties;
 * inspectors: licences of their counties and the cases assigned to them (never applicants).
 */
export function searchableKinds(who: Who): readonly SearchKind[] {
  if (who.kind !== 'staff') return [];
  if (who.role === 'inspector') return ['licence', 'application'];
  return SEARCH_KINDS;
}

/** Searching by an ID number: the roles that may read one with a reason (never inspectors). */
export function maySearchIdNumber(who: Who): boolean {
  return who.kind === 'staff' && who.role !== 'inspector';
}
