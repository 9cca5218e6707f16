/**
 * 跨系统查询: `GET /api/search?q=` — one box over licences, applicants, cases and the records
 * imported from the sales, distribution and internal-management systems, grouped by
 * kind and limited to the caller's scope (core/search-api.ts decides which kinds a role sees).
 * A query holding an ID number is answered only for roles that may read one, through the
 * number's keyed hash (the number itself is never stored in clear), and audited with the
 * masked number.
 */
import { Hono } from 'hono';
import { maskIdNumber } from '../../../core/masking';
import { parseSearchQuery, searchWords } from '../../../core/search';
import {
  globalSearchQuery,
  idNumbersIn,
  maySearchIdNumber,
  searchableKinds,
  type SearchAnswer,
  type SearchKind,
} from '../../../core/search-api';
import type { AppEnv } from '../../app-env';
import { appToday } from '../../lib/clock';
import { hmacHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import { applicantIdsByIdHash } from './search.repo';
import {
  applicantGroup,
  applicationGroup,
  licenceGroup,
  readGroups,
  recordGroup,
  type GroupQuery,
  type GroupRead,
} from './search.groups';
import { recordSearchCounties } from '../../../core/access';

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

    const gq: GroupQuery = { d1: c.env.DB, words, holders, idHashes, byId };
    const counties = p.counties;
    const inspectorId = p.role === 'inspector' ? p.id : undefined;
    // In the order the answer lists them; one batch, one round trip.
    const reads: [SearchKind, () => GroupRead][] = [
      ['licence', () => licenceGroup(gq, counties)],
      ['applicant', () => applicantGroup(gq, counties)],
      ['application', () => applicationGroup(gq, counties, inspectorId)],
      ['record', () => recordGroup(gq, recordSearchCounties(who))],
    ];
    const groups = await readGroups(
      c.env.DB,
      reads.filter(([kind]) => kinds.includes(kind)).map(([, r]) => r()),
    );
    const answer: SearchAnswer = {
      groups: groups.filter((g) => g.items.length > 0),
      idNumberSearched: byId,
    };
    return c.json(answer);
  },
);
