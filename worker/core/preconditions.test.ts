import { describe, it, expect } from 'vitest';
import type { BusinessType } from './business-types';
import { defaultCalendar } from './calendar';
import {
  CHANGE_KINDS,
  CHANGE_KIND_LABELS,
  DEFAULT_PRECONDITION_RULES,
  PRECONDITION_CODES,
  checkPreconditions,
  closureDeadline,
  licenceExpiry,
  maxSuspendUntil,
  renewalDeadline,
  type LicenceFacts,
  type PreconditionInput,
  type PreconditionRules,
} from './preconditions';

const cal = defaultCalendar();
const calendarDays: PreconditionRules = { ...DEFAULT_PRECONDITION_RULES, unit: 'calendar' };

const active: LicenceFacts = { status: 'active', issuedOn: '2021-12-01', expiresOn: '2026-11-30' };
const suspended: LicenceFacts = { ...active, status: 'suspended', suspendedUntil: '2026-06-30' };

/** The reason codes, or [] when the check passes. */
function codes(type: BusinessType, input: PreconditionInput, rules?: PreconditionRules): string[] {
  const r = checkPreconditions(type, input, cal, rules);
  return r.ok ? [] : r.reasons.map((x) => x.code);
}

describe('licenceExpiry', () => {
  it('is five years less a day', () => {
    expect(licenceExpiry('2026-03-02')).toBe('2031-03-01');
    expect(licenceExpiry('2026-01-01')).toBe('2030-12-31');
    expect(licenceExpiry('2024-02-28')).toBe('2029-02-27');
  });

  it('ends a licence issued on 29 February on 28 February', () => {
    expect(licenceExpiry('2024-02-29')).toBe('2029-02-28');
    expect(licenceExpiry('2024-02-29', 4)).toBe('2028-02-28');
  });

  it('keeps 29 February when the period ends in a leap year', () => {
    expect(licenceExpiry('2023-03-01')).toBe('2028-02-29');
  });
});

describe('deadlines', () => {
  it('puts the renewal deadline 30 working days before expiry', () => {
    expect(renewalDeadline('2026-11-30', cal)).toBe('2026-10-19');
    // Across National Day, Mid-Autumn and two make-up days (2026-09-20, 2026-10-10).
    expect(renewalDeadline('2026-10-30', cal)).toBe('2026-09-14');
    expect(renewalDeadline('2026-11-30', cal, calendarDays)).toBe('2026-10-31');
  });

  it('counts closure windows in the configured unit', () => {
    expect(closureDeadline('2026-03-02', cal)).toBe('2026-04-14'); // over Qingming
    expect(closureDeadline('2026-03-02', cal, calendarDays)).toBe('2026-04-01');
  });

  it('caps a suspension at one calendar year', () => {
    expect(maxSuspendUntil('2026-03-10')).toBe('2027-03-10');
    expect(maxSuspendUntil('2028-02-29')).toBe('2029-02-28');
  });
});

describe('checkPreconditions: new and missing licence', () => {
  it('lets anyone file a new application, holding a licence or not', () => {
    expect(codes('new', { today: '2026-03-02' })).toEqual([]);
    expect(codes('new', { today: '2026-03-02', licence: active })).toEqual([]);
  });

  it('needs a licence for every other type', () => {
    for (const t of ['renewal', 'change', 'suspension', 'resume', 'reissue', 'closure'] as const) {
      expect(codes(t, { today: '2026-03-02' })).toEqual(['licence_required']);
    }
  });
});

describe('checkPreconditions: renewal', () => {
  it('is open until the renewal deadline', () => {
    expect(codes('renewal', { today: '2026-10-19', licence: active })).toEqual([]);
    expect(codes('renewal', { today: '2026-10-20', licence: active })).toEqual([
      'renewal_too_late',
    ]);
  });

  it('uses calendar days when configured', () => {
    expect(codes('renewal', { today: '2026-10-31', licence: active }, calendarDays)).toEqual([]);
    expect(codes('renewal', { today: '2026-11-01', licence: active }, calendarDays)).toEqual([
      'renewal_too_late',
    ]);
  });

  it('needs an active, unexpired licence', () => {
    expect(codes('renewal', { today: '2026-03-02', licence: suspended })).toEqual([
      'licence_status',
    ]);
    expect(codes('renewal', { today: '2026-12-01', licence: active })).toEqual(['licence_expired']);
    expect(
      codes('renewal', { today: '2026-12-01', licence: { ...active, status: 'expired' } }),
    ).toEqual(['licence_status']);
  });

  it('names the resulting date in the message', () => {
    const r = checkPreconditions('renewal', { today: '2026-10-20', licence: active }, cal);
    expect(!r.ok && r.reasons[0]).toMatchObject({
      zh: '延续申请应在有效期届满30个工作日前提出，即不晚于2026-10-19。',
      en: 'A renewal must be filed 30 working days before expiry, by 2026-10-19.',
    });
  });
});

describe('checkPreconditions: change', () => {
  const base = { licence: active, changeKind: 'name' as const, changeDate: '2026-03-02' };

  it('is open for 30 working days after the change', () => {
    expect(codes('change', { ...base, today: '2026-04-14' })).toEqual([]);
    expect(codes('change', { ...base, today: '2026-04-15' })).toEqual(['change_window_passed']);
  });

  it('sends a move or a new operator to a new application', () => {
    for (const changeKind of ['address_move', 'operator'] as const) {
      expect(codes('change', { ...base, changeKind, today: '2026-03-03' })).toEqual([
        'change_needs_new_application',
      ]);
    }
  });

  it('rejects a change dated in the future or not given', () => {
    expect(codes('change', { ...base, today: '2026-03-01' })).toEqual(['change_date_in_future']);
    expect(codes('change', { ...base, changeDate: '2026-3-2', today: '2026-03-03' })).toEqual([
      'date_invalid',
    ]);
  });

  it('lists every failing reason at once', () => {
    expect(
      codes('change', { licence: suspended, changeKind: 'operator', today: '2026-03-03' }),
    ).toEqual(['licence_status', 'change_needs_new_application', 'change_date_required']);
  });
});

describe('checkPreconditions: suspension', () => {
  const base = { licence: active, today: '2026-03-02' };

  it('accepts up to one year starting today or later', () => {
    expect(
      codes('suspension', { ...base, suspendFrom: '2026-03-02', suspendUntil: '2027-03-02' }),
    ).toEqual([]);
  });

  it('rejects a suspension longer than a year', () => {
    expect(
      codes('suspension', { ...base, suspendFrom: '2026-03-10', suspendUntil: '2027-03-11' }),
    ).toEqual(['suspend_too_long']);
  });

  it('rejects a start in the past and an end before the start', () => {
    expect(
      codes('suspension', { ...base, suspendFrom: '2026-03-01', suspendUntil: '2026-02-01' }),
    ).toEqual(['suspend_from_past', 'suspend_range_invalid']);
  });

  it('needs both dates and an active licence', () => {
    expect(codes('suspension', { licence: suspended, today: '2026-03-02' })).toEqual([
      'licence_status',
      'suspend_from_required',
      'suspend_until_required',
    ]);
  });
});

describe('checkPreconditions: resume, reissue, closure', () => {
  it('resumes a suspended licence before the suspension ends', () => {
    expect(codes('resume', { licence: suspended, today: '2026-06-30' })).toEqual([]);
    expect(codes('resume', { licence: suspended, today: '2026-07-01' })).toEqual([
      'resume_too_late',
    ]);
    expect(codes('resume', { licence: active, today: '2026-06-01' })).toEqual(['licence_status']);
  });

  it('reissues a licence that is still valid', () => {
    expect(codes('reissue', { licence: active, today: '2026-11-30' })).toEqual([]);
    expect(codes('reissue', { licence: suspended, today: '2026-06-01' })).toEqual([]);
    expect(codes('reissue', { licence: active, today: '2026-12-01' })).toEqual(['licence_expired']);
    expect(
      codes('reissue', { licence: { ...active, status: 'cancelled' }, today: '2026-06-01' }),
    ).toEqual(['licence_status']);
  });

  it('closes within 30 working days of closing, or ahead of it', () => {
    const base = { licence: suspended, closureDate: '2026-03-02' };
    expect(codes('closure', { ...base, today: '2026-04-14' })).toEqual([]);
    expect(codes('closure', { ...base, today: '2026-04-15' })).toEqual(['closure_window_passed']);
    expect(codes('closure', { ...base, today: '2026-02-20' })).toEqual([]);
    expect(codes('closure', { licence: active, today: '2026-03-02' })).toEqual([
      'closure_date_required',
    ]);
  });
});

describe('reason vocabulary', () => {
  // One filing per case that trips it; together they must produce every code, and nothing else.
  const tripped: [BusinessType, PreconditionInput][] = [
    ['renewal', { today: '2026-03-02' }],
    ['renewal', { today: '2026-10-20', licence: active }],
    ['renewal', { today: '2026-12-01', licence: active }],
    ['resume', { today: '2026-07-01', licence: suspended }],
    ['change', { today: '2026-03-02', licence: active, changeKind: 'operator' }],
    ['change', { today: '2026-03-02', licence: active, changeDate: '2026-3-2' }],
    ['change', { today: '2026-03-02', licence: active, changeDate: '2026-03-03' }],
    ['change', { today: '2026-06-01', licence: active, changeDate: '2026-03-02' }],
    ['suspension', { today: '2026-03-02', licence: suspended }],
    [
      'suspension',
      {
        today: '2026-03-02',
        licence: active,
        suspendFrom: '2026-03-01',
        suspendUntil: '2026-02-01',
      },
    ],
    [
      'suspension',
      {
        today: '2026-03-02',
        licence: active,
        suspendFrom: '2026-03-10',
        suspendUntil: '2027-03-11',
      },
    ],
    ['closure', { today: '2026-03-02', licence: active }],
    ['closure', { today: '2026-06-01', licence: active, closureDate: '2026-03-02' }],
  ];

  it('has words for every code, and every code is reachable', () => {
    const seen = new Set<string>();
    for (const [type, input] of tripped) {
      const r = checkPreconditions(type, input, cal);
      expect(r.ok).toBe(false);
      for (const reason of r.ok ? [] : r.reasons) {
        expect(reason.zh.length).toBeGreaterThan(2);
        expect(reason.en.length).toBeGreaterThan(2);
        seen.add(reason.code);
      }
    }
    expect([...seen].sort()).toEqual([...PRECONDITION_CODES].sort());
  });

  it("names a licence's status with the licence card's words", () => {
    const r = checkPreconditions('resume', { today: '2026-06-01', licence: active }, cal);
    expect(!r.ok && r.reasons[0]).toMatchObject({
      code: 'licence_status',
      zh: '许可证当前为「有效」状态，须为「停业中」状态。',
      en: 'The licence is active; it must be suspended.',
    });
  });
});

describe('change kinds', () => {
  it('label every kind once, for the applicant and the clerk alike', () => {
    expect(Object.keys(CHANGE_KIND_LABELS)).toEqual([...CHANGE_KINDS]);
    expect(CHANGE_KIND_LABELS.name.zh).toBe('店铺名称（字号）');
    expect(new Set(CHANGE_KINDS.map((k) => CHANGE_KIND_LABELS[k].zh)).size).toBe(
      CHANGE_KINDS.length,
    );
  });

  it('say which kinds need a new application, as the check refuses them', () => {
    for (const changeKind of CHANGE_KINDS) {
      const r = checkPreconditions(
        'change',
        { today: '2026-03-03', licence: active, changeKind, changeDate: '2026-03-02' },
        cal,
      );
      const refused = !r.ok && r.reasons.some((x) => x.code === 'change_needs_new_application');
      expect(CHANGE_KIND_LABELS[changeKind].zh.includes('须新办')).toBe(refused);
    }
  });
});
