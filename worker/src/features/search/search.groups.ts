/**
 * The groups of a 综合查询 answer, one function per kind: each reads its rows within the scope
 * it is given and shapes them as SearchItems. The route asks for the groups a role may see at
 * once (independent reads, so they overlap rather than queue).
 */
import { APPLICATION_STATUSES } from '../../../core/application-state';
import { maskPhone } from '../../../core/masking';
import type { SearchWord } from '../../../core/search';
import { SEARCH_GROUP_LIMIT as LIMIT, type SearchGroup } from '../../../core/search-api';
import { queuePage } from '../applications/applications.repo';
import { searchRecords } from './search.records';
import { searchApplicants, searchLicences } from './search.repo';

/** What every group is searched with. */
export interface GroupQuery {
  d1: D1Database;
  words: SearchWord[];
  /** Applicants an ID number in the query named (their licences, cases and records). */
  holders: string[];
  idHashes: string[];
  byId: boolean;
}

export async function licenceGroup(q: GroupQuery, counties: readonly string[]) {
  const rows = await searchLicences(q.d1, q.words, q.holders, counties, LIMIT + 1);
  return {
    kind: 'licence',
    more: rows.length > LIMIT,
    items: rows.slice(0, LIMIT).map((r) => ({
      id: r.id,
      title: r.shop_name,
      subtitle: [r.number, r.holder_name, r.address].filter(Boolean).join(' · '),
      county: r.jurisdiction_code,
      status: r.status,
      href: `/licences/${r.id}`,
    })),
  } satisfies SearchGroup;
}

export async function applicantGroup(q: GroupQuery, counties: readonly string[]) {
  const rows = await searchApplicants(q.d1, q.words, q.idHashes, counties, LIMIT + 1);
  return {
    kind: 'applicant',
    more: rows.length > LIMIT,
    items: rows.slice(0, LIMIT).map((r) => ({
      id: r.id,
      title: r.name ?? maskPhone(r.phone),
      subtitle: [maskPhone(r.phone), r.id_number_masked].filter(Boolean).join(' · '),
      county: r.county,
      href: `/queue?q=${encodeURIComponent(r.phone)}&status=all`,
    })),
  } satisfies SearchGroup;
}

/** Cases in `counties`; an inspector's only those assigned to them. */
export async function applicationGroup(
  q: GroupQuery,
  counties: readonly string[],
  inspectorId: string | undefined,
) {
  const page = await queuePage(q.d1, {
    counties: [...counties],
    statuses: APPLICATION_STATUSES.filter((s) => s !== 'draft'),
    inspectorId,
    search: q.words.length > 0 ? q.words : undefined,
    applicantIds: q.byId ? q.holders : undefined,
    limit: LIMIT,
    offset: 0,
  });
  return {
    kind: 'application',
    more: page.total > LIMIT,
    items: page.rows.map((r) => ({
      id: r.id,
      title: r.shop_name ?? r.ref,
      subtitle: [r.ref, r.applicant_name, r.address].filter(Boolean).join(' · '),
      county: r.jurisdiction_code,
      status: r.status,
      href: `/queue/${r.id}`,
    })),
  } satisfies SearchGroup;
}

/** Records of the other systems about licences in `counties`. */
export async function recordGroup(q: GroupQuery, counties: readonly string[]) {
  const rows = await searchRecords(q.d1, q.words, q.holders, counties, LIMIT + 1);
  return {
    kind: 'record',
    more: rows.length > LIMIT,
    items: rows.slice(0, LIMIT).map((r) => ({
      id: String(r.id),
      title: r.shop_name,
      subtitle: [r.number, r.customer_code, r.last_delivery_on].filter(Boolean).join(' · '),
      county: r.jurisdiction_code,
      status: r.status,
      source: r.source,
      // The licence page lists the licence's records from every system.
      href: `/licences/${r.licence_id}`,
    })),
  } satisfies SearchGroup;
}
