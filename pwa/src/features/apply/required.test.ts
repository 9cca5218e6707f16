import { describe, expect, it } from 'vitest';
import { attachmentKinds, requiredFields } from './required';

describe('required fields, from the worker’s schema', () => {
  it('marks what a 新办 cannot be sent without, and not what is optional', () => {
    const r = requiredFields('new', { byAgent: false });
    for (const k of ['operatorName', 'idNumber', 'shopName', 'creditCode', 'county', 'address']) {
      expect(r.has(k)).toBe(true);
    }
    expect(r.has('attachments.idCardFront')).toBe(true);
    expect(r.has('attachments.premisesProof')).toBe(true);
    expect(r.has('byAgent')).toBe(false);
    expect(r.has('agentName')).toBe(false);
    expect(r.has('attachments.agentAuthorisation')).toBe(false);
  });

  it('adds the agent’s fields when filing by agent', () => {
    const r = requiredFields('new', { byAgent: true });
    expect(r.has('agentName')).toBe(true);
    expect(r.has('agentIdNumber')).toBe(true);
    expect(r.has('attachments.agentAuthorisation')).toBe(true);
  });

  it('covers the other types: a confirmation to tick, an optional supporting document', () => {
    expect(requiredFields('renewal', {}).has('confirmUnchanged')).toBe(true);
    const change = requiredFields('change', {});
    expect(change.has('attachments.businessLicence')).toBe(true);
    expect(change.has('attachments.supporting')).toBe(false);
    expect([...requiredFields('closure', {})].sort()).toEqual(['closureDate', 'reason']);
  });
});

describe('the photo kinds a form sends', () => {
  it('follows the type, and the agent’s letter only when filing by agent', () => {
    expect([...attachmentKinds('new', {})].sort()).toEqual([
      'businessLicence',
      'idCardFront',
      'premisesProof',
    ]);
    expect(attachmentKinds('new', { byAgent: true }).has('agentAuthorisation')).toBe(true);
    expect([...attachmentKinds('closure', {})]).toEqual([]);
  });
});
