import { describe, expect, it } from 'vitest';
import { caseStatusLabel, reasonToldToApplicant } from './application-state';
import { BUSINESS_TYPES, TYPE_OUTCOMES, afterApprovalText } from './business-types';
import { renderNotification } from './notifications';

describe('each business type’s result wording', () => {
  it('names every type’s decision and end in its own words, never a licence granted for 停业 or 歇业', () => {
    expect(Object.keys(TYPE_OUTCOMES)).toEqual([...BUSINESS_TYPES]);
    const approved = BUSINESS_TYPES.map((t) => TYPE_OUTCOMES[t].approved.zh);
    expect(new Set(approved).size).toBe(BUSINESS_TYPES.length);
    expect(TYPE_OUTCOMES.suspension.result.zh).toBe('准予停业，许可证由烟草专卖局代为保管');
    expect(TYPE_OUTCOMES.closure.result.zh).toBe('准予歇业，许可证已注销');
    for (const t of ['suspension', 'resume', 'closure'] as const) {
      expect(TYPE_OUTCOMES[t].result.zh).not.toContain('许可证已送达');
      expect(TYPE_OUTCOMES[t].approved.zh).not.toBe('准予许可');
    }
  });

  it('renders the approval and the end of a case with the type’s words and the deadline', () => {
    for (const type of BUSINESS_TYPES) {
      const o = TYPE_OUTCOMES[type];
      const approved = renderNotification('approved', {
        ref: 'XK1',
        type,
        deadline: '2026-12-10',
        licenceNumber: '370702202600001',
      });
      expect(approved.zh.title).toBe(o.approved.zh);
      expect(approved.zh.body).toContain(`已${o.approved.zh}`);
      expect(approved.zh.body).toContain('（2026-12-10前）');
      expect(approved.en.body).toContain('(by 2026-12-10)');
      expect(approved.sms).toBe(`【许可微厅】${approved.zh.body}`);
      const done = renderNotification('delivered', { ref: 'XK1', type });
      expect(done.zh.title).toBe(o.doneTitle.zh);
      expect(done.zh.body).toContain(o.result.zh);
      expect(done.en.body).toContain(o.result.en);
    }
    expect(afterApprovalText('new').zh).toBe('许可证将在10个工作日内送达');
  });

  it('labels approved and finished cases by type, other statuses alike for all', () => {
    expect(caseStatusLabel('suspension', 'approved').zh).toBe('准予停业');
    expect(caseStatusLabel('closure', 'delivered').zh).toBe('已办结');
    expect(caseStatusLabel('new', 'delivered').zh).toBe('已送达');
    expect(caseStatusLabel('closure', 'submitted')).toEqual(caseStatusLabel('new', 'submitted'));
  });
});

describe('reasons told to the applicant', () => {
  it('are the correction items, refusal and extension reasons and their own withdrawal only', () => {
    for (const a of ['request_correction', 'refuse', 'extend', 'withdraw']) {
      expect(reasonToldToApplicant(a)).toBe(true);
    }
    for (const a of ['approve', 'record_inspection', 'require_inspection', 'deliver', 'x']) {
      expect(reasonToldToApplicant(a)).toBe(false);
    }
  });
});
