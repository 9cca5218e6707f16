import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, OPEN_STATUSES } from './application-state';
import { staffActionSchema } from './api';
import {
  TERMINATION_GROUNDS,
  TERMINATION_GROUND_LABELS,
  groundFits,
  groundsFor,
  isTerminationGround,
  terminationLine,
  terminationLineEn,
} from './termination';

describe('终止办理 grounds', () => {
  it('labels every ground in both languages', () => {
    for (const g of TERMINATION_GROUNDS) {
      expect(TERMINATION_GROUND_LABELS[g].zh.length).toBeGreaterThan(3);
      expect(TERMINATION_GROUND_LABELS[g].en.length).toBeGreaterThan(3);
    }
    expect(isTerminationGround('premises_not_found')).toBe(true);
    expect(isTerminationGround('because')).toBe(false);
  });

  it('a lapsed correction only fits a case waiting for corrections', () => {
    expect(groundFits('correction_lapsed', 'correction_requested')).toBe(true);
    for (const s of APPLICATION_STATUSES.filter((s) => s !== 'correction_requested')) {
      expect(groundFits('correction_lapsed', s)).toBe(false);
    }
    expect(groundsFor('correction_requested')).toEqual(TERMINATION_GROUNDS);
    expect(groundsFor('accepted')).not.toContain('correction_lapsed');
    for (const s of OPEN_STATUSES) expect(groundsFor(s)).toContain('authority_order');
  });

  it('writes the ground and the facts as one line, in each language', () => {
    expect(terminationLine('applicant_request', ' 申请人来电称不再经营 ')).toBe(
      '申请人以电话等方式要求终止：申请人来电称不再经营',
    );
    expect(terminationLineEn('premises_not_found', '两次上门无此门牌')).toBe(
      'The premises cannot be found or verified: 两次上门无此门牌',
    );
  });
});

describe('the terminate action body', () => {
  const ok = { action: 'terminate', version: 3, ground: 'other', reason: '法院来函要求中止' };
  it('needs a known ground and stated facts', () => {
    expect(staffActionSchema.safeParse(ok).success).toBe(true);
    expect(staffActionSchema.safeParse({ ...ok, ground: 'bored' }).success).toBe(false);
    expect(staffActionSchema.safeParse({ ...ok, reason: '无' }).success).toBe(false);
    expect(staffActionSchema.safeParse({ ...ok, reason: 'x'.repeat(501) }).success).toBe(false);
    expect(staffActionSchema.safeParse({ action: 'terminate', version: 3 }).success).toBe(false);
    expect(staffActionSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
  });
});
