import { describe, expect, it } from 'vitest';
import {
  BUSINESS_TYPES,
  BUSINESS_TYPE_LABELS,
  LICENCE_STATUSES,
  LICENCE_STATUS_LABELS,
} from './business-types';

describe('business types and licence statuses', () => {
  it('pins the seven business types, each labelled in both languages', () => {
    expect(BUSINESS_TYPES).toEqual([
      'new',
      'renewal',
      'change',
      'suspension',
      'resume',
      'reissue',
      'closure',
    ]);
    expect(Object.keys(BUSINESS_TYPE_LABELS)).toEqual([...BUSINESS_TYPES]);
    expect(BUSINESS_TYPE_LABELS.resume.zh).toBe('恢复营业');
  });

  it('pins the licence statuses, each labelled in both languages', () => {
    expect(LICENCE_STATUSES).toEqual(['active', 'suspended', 'cancelled', 'expired']);
    expect(Object.keys(LICENCE_STATUS_LABELS)).toEqual([...LICENCE_STATUSES]);
    expect(LICENCE_STATUS_LABELS.suspended).toEqual({ zh: '停业中', en: 'Suspended' });
  });
});
