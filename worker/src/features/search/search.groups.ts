/**
 * The groups of a 综合查询 answer, one function per kind: each gives the one statement that
 * reads its rows within the scope it is given (null when it can find nothing) and how its rows
 * become a SearchGroup. The route runs the statements of the groups a role may see as one
 * batch: one round trip, each group asking for one row more than it shows (`more`).
 */
import { APPLICATION_STATUSES } from '../../../core/application-state';
import { maskPhone } from '../../../core/masking';
import type { SearchWord } from '../../../core/search';
import { SEARCH_GROUP_LIMIT as LIMIT, type SearchGroup } from '../../../core/search-api';
import { queueHeadStatement, type ApplicationRow } from '../applications/applications.repo';
import { searchRecords, type RecordHit } from './search.records';
import {
  searchApplicants,
  searchLicences,
  type ApplicantHit,
  type LicenceHit,
} from './search.repo';

/** What every group is searched with. */
export interface GroupQuery {
  d1: D1Database;
  words: SearchWord[];
  /** Applicants an ID number in the query named (their licences, cases and records). */
  holders: string[];
  idHashes: string[];
  byId: boolean;
}

/** One group's read: its statement and the shape of its rows. */
export interface GroupRead {
  statement: D1PreparedStatement | null;
  shape: (rows: unknown[]) => SearchGroup;
}

function read<T>(
  statement: D1PreparedStatement | null,
  shape: (rows: T[], more: boolean) => SearchGroup,
): GroupRead {
  return {
    statement,
    shape: (rows) => shape((rows as T[]).slice(0, LIMIT), rows.length > LIMIT),
  };
}

/** The groups' statements in one batch, shaped in the order given. */
export async function readGroups(d1: D1Database, reads: GroupRead[]): Promise<SearchGroup[]> {
  const statements = reads.flatMap((r) => (r.statement ? [r.statement] : []));
  const results = statements.length > 0 ? await d1.batch(statements) : [];
  let i = 0;
  return reads.map((r) => r.shape(r.statement ? (results[i++]?.results ?? []) : []));
}

export function licenceGroup(q: GroupQuery, counties: readonly string[]): GroupRead {
  return read<LicenceHit>(
    searchLicences(q.d1, q.words, q.holders, counties, LIMIT + 1),
    (rows, more) => ({
      kind: 'licence',
      more,
      items: rows.map((r) => ({
        id: r.id,
        title: r.shop_name,
        subtitle: [r.number, r.holder_name, r.address].filter(Boolean).join(' · '),
        county: r.jurisdiction_code,
        status: r.status,
        href: `/licences/${r.id}`,
      })),
    }),
  );
}

export function applicantGroup(q: GroupQuery, counties: readonly string[]): GroupRead {
  return read<ApplicantHit>(
    searchApplicants(q.d1, q.words, q.idHashes, counties, LIMIT + 1),
    (rows, more) => ({
      kind: 'applicant',
      more,
      items: rows.map((r) => ({
        id: r.id,
        title: r.name ?? maskPhone(r.phone),
        subtitle: [maskPhone(r.phone), r.id_number_masked].filter(Boolean).join(' · '),
        county: r.county,
        href: `/queue?q=${encodeURIComponent(r.phone)}&status=all`,
      })),
    }),
  );
}

/** Cases in `counties`; an inspector's only those assigned to them. */
export function applicationGroup(
  q: GroupQuery,
  counties: readonly string[],
  inspectorId: string | undefined,
): GroupRead {
  const statement = queueHeadStatement(q.d1, {
    counties: [...counties],
    statuses: APPLICATION_STATUSES.filter((s) => s !== 'draft'),
    inspectorId,
    search: q.words.length > 0 ? q.words : undefined,
    applicantIds: q.byId ? q.holders : undefined,
    limit: LIMIT + 1,
    offset: 0,
  });
  return read<ApplicationRow>(statement, (rows, more) => ({
    kind: 'application',
    more,
    items: rows.map((r) => ({
      id: r.id,
      title: r.shop_name ?? r.ref,
      subtitle: [r.ref, r.applicant_name, r.address].filter(Boolean).join(' · '),
      county: r.jurisdiction_code,
      status: r.status,
      href: `/queue/${r.id}`,
    })),
  }));
}

/** Records of the other systems about licences in `counties`. */
export function recordGroup(q: GroupQuery, counties: readonly string[]): GroupRead {
  return read<RecordHit>(
    searchRecords(q.d1, q.words, q.holders, counties, LIMIT + 1),
    (rows, more) => ({
      kind: 'record',
      more,
      items: rows.map((r) => ({
        id: String(r.id),
        title: r.shop_name,
        subtitle: [r.number, r.customer_code, r.last_delivery_on].filter(Boolean).join(' · '),
        county: r.jurisdiction_code,
        status: r.status,
        source: r.source,
        // The licence page lists the licence's records from every system.
        href: `/licences/${r.licence_id}`,
      })),
    }),
  );
}
