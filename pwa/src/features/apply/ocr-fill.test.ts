import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@core/api';
import { me } from '../../app/auth';
import { ownIdentity } from './ocr-fill';

// The app's modules set <html lang> and read storage when loaded: Node has neither.
vi.hoisted(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});

const verified: Me = {
  kind: 'applicant',
  id: 'a1',
  phoneMasked: '139****1237',
  realNameVerified: true,
  name: '彭彧强',
  idNumberMasked: '370702********123X',
};

describe('ownIdentity: what an ID card is checked against', () => {
  afterEach(() => {
    me.value = null;
  });

  it('is the verified identity of an applicant applying in their own name', () => {
    me.value = verified;
    expect(ownIdentity({ byAgent: false })).toEqual({
      name: '彭彧强',
      idNumberMasked: '370702********123X',
    });
  });

  it('is nothing for an agent (the card is the operator’s), or before 实名认证', () => {
    me.value = verified;
    expect(ownIdentity({ byAgent: true })).toBeUndefined();
    me.value = { ...verified, realNameVerified: false, name: null, idNumberMasked: null };
    expect(ownIdentity({})).toBeUndefined();
    me.value = null;
    expect(ownIdentity({})).toBeUndefined();
  });
});
