/**
 * The same ID number (by its keyed hash: the number itself is never read) or the same unified
 * social credit code on more than one active licence: each of those licences is warned of in
 * its own county, naming the others' numbers. City-wide by nature, so it runs on the cron.
 */
import { type Candidate, type WarningRule } from '../warnings.rules';

const KINDS = {
  id_number: `SELECT p.id_number_hash AS k, l.id, l.number, l.shop_name AS shop,
      l.jurisdiction_code AS county
    FROM licences l JOIN applicants p ON p.id = l.holder_applicant_id
    WHERE l.status = 'active' AND p.id_number_hash IN (
      SELECT p2.id_number_hash FROM licences l2 JOIN applicants p2 ON p2.id = l2.holder_applicant_id
      WHERE l2.status = 'active' AND p2.id_number_hash IS NOT NULL
      GROUP BY p2.id_number_hash HAVING COUNT(*) > 1)`,
  credit_code: `SELECT l.credit_code AS k, l.id, l.number, l.shop_name AS shop,
      l.jurisdiction_code AS county
    FROM licences l WHERE l.status = 'active' AND l.credit_code IN (
      SELECT credit_code FROM licences WHERE status = 'active' AND credit_code IS NOT NULL
        AND credit_code != '' GROUP BY credit_code HAVING COUNT(*) > 1)`,
} as const;

interface Row {
  k: string;
  id: string;
  number: string;
  shop: string;
  county: string;
}

export const duplicateHolderRule: WarningRule = {
  id: 'duplicate_holder',
  onEvents: false,
  async collect({ db, counties }) {
    const found: Candidate[] = [];
    const inScope = counties === null ? null : new Set(counties);
    for (const [kind, sql] of Object.entries(KINDS)) {
      const rows = (await db.prepare(sql).all<Row>()).results;
      const groups = new Map<string, Row[]>();
      for (const r of rows) groups.set(r.k, [...(groups.get(r.k) ?? []), r]);
      for (const group of groups.values()) {
        for (const l of group) {
          if (inScope && !inScope.has(l.county)) continue;
          const others = group.filter((o) => o.id !== l.id).map((o) => o.number);
          found.push({
            key: `duplicate_holder:${l.id}:${kind}`,
            severity: 'yellow',
            county: l.county,
            objectKind: 'licence',
            objectId: l.id,
            objectLabel: `${l.number} ${l.shop}`.trim(),
            detail: { by: kind, others: others.sort() },
            dueOn: null,
          });
        }
      }
    }
    return found;
  },
};
