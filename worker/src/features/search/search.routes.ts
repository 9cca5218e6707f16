/**
 * 跨系统查询: `GET /api/search?q=` — one box over licences, applicants, cases and the records
 * imported from the sales, distribution and internal-management systems, grouped by
 * kind and limited to the caller's scope (core/search-api.ts decides which kinds a role sees).
 * A query holding an ID number is answered only for roles that may read one, through the
 * number's keyed hash (the number itself is never stored in clear), and audited with the
 * masked number.
 */
import { Hono } from 'hono';
import { APPLICATION_STATUSES } from '../../../core/application-state';
import { maskIdNumber, maskPhone } from '../../../core/masking';
import { parseSearchQuery, searchWords } from '../../../core/search';
import {
  globalSearchQuery,
  idNumbersIn,
  maySearchIdNumber,
  searchableKinds,
  SEARCH_GROUP_LIMIT,
  type SearchAnswer,
  type SearchGroup,
} from '../../../core/search-api';
import type { AppEnv } from '../../app-env';
import { appToday } from '../../lib/clock';
import { hmacHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { queuePage } from '../applications/applications.repo';
import { audit } from '../audit/audit.service';
import { applicantIdsByIdHash, searchApplicants, searchLicences } from './search.repo';
import { searchRecords } from './search.records';
import { recordSearchCounties } from '../../../core/access';

const LIMIT = SEARCH_GROUP_LIMIT;

export const searchRoutes = new Hono<AppEnv>().get(
  '/',
  requireStaff(),
  query(globalSearchQuery),
  async (c) => {
    const p = staffOf(c);
    const who = staffWho(p);
    const { q } = c.req.valid('query');
    const kinds = searchableKinds(who);
    const ids = idNumbersIn(q, appToday(c.env));
    if (ids.length > 0 && !maySearchIdNumber(who)) throw new AppError('SEARCH_ID_NUMBER_FORBIDDEN');

    // ID numbers are looked up by their keyed hash; the other words through the index.
    const idWords = new Set(ids.map((i) => i.toLowerCase()));
    const rest = searchWords(q).filter((w) => !idWords.has(w));
    const words = rest.length > 0 ? parseSearchQuery(rest.join(' ')) : [];
    const idHashes = await Promise.all(ids.map((i) => hmacHex(c.env.PII_KEY, `id:${i}`)));
    if (ids.length > 0) {
      await audit(c, {
        event: 'registry_idnumber_searched',
        detail: { idNumbers: ids.map(maskIdNumber), otherWords: rest.length },
      });
    }
    const holders = await applicantIdsByIdHash(c.env.DB, idHashes);
    // An ID number that matches nobody must not widen the search to "every licence".
    const byId = ids.length > 0;
    if (byId && holders.length === 0) return c.json({ groups: [], idNumberSearched: true });

    const counties = p.counties;
    const groups: SearchGroup[] = [];

    if (kinds.includes('licence')) {
      const rows = await searchLicences(c.env.DB, words, holders, counties, LIMIT + 1);
      groups.push({
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
      });
    }
    if (kinds.includes('applicant')) {
      const rows = await searchApplicants(c.env.DB, words, idHashes, counties, LIMIT + 1);
      groups.push({
        kind: 'applicant',
        more: rows.length > LIMIT,
        items: rows.slice(0, LIMIT).map((r) => ({
          id: r.id,
          title: r.name ?? maskPhone(r.phone),
          subtitle: [maskPhone(r.phone), r.id_number_masked].filter(Boolean).join(' · '),
          county: r.county,
          href: `/queue?q=${encodeURIComponent(r.phone)}&status=all`,
        })),
      });
    }
    if (kinds.includes('application')) {
      const page = await queuePage(c.env.DB, {
        counties: [...counties],
        statuses: APPLICATION_STATUSES.filter((s) => s !== 'draft'),
        inspectorId: p.role === 'inspector' ? p.id : undefined,
        search: words.length > 0 ? words : undefined,
        applicantIds: byId ? holders : undefined,
        limit: LIMIT,
        offset: 0,
      });
      groups.push({
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
      });
    }
    if (kinds.includes('record')) {
      const scope = recordSearchCounties(who);
      const rows = await searchRecords(c.env.DB, words, holders, scope, LIMIT + 1);
      groups.push({
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
      });
    }
    const answer: SearchAnswer = {
      groups: groups.filter((g) => g.items.length > 0),
      idNumberSearched: byId,
    };
    return c.json(answer);
  },
);
