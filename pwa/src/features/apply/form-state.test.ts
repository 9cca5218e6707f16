import { describe, expect, it } from 'vitest';
import { emptyForm, fieldErrors, fromServerForm, toSubmission } from './form-state';

describe('toSubmission', () => {
  it('parses coordinates, trims text and drops empty fields', () => {
    const f = { ...emptyForm('new'), shopName: ' 符山超市 ', lat: '36.56', lng: '118.95' };
    const out = toSubmission('new', f);
    expect(out).toMatchObject({ shopName: '符山超市', lat: 36.56, lng: 118.95, byAgent: false });
    expect(out).not.toHaveProperty('creditCode');
  });
  it('leaves the agent out unless filing by agent', () => {
    const f = {
      ...emptyForm('new'),
      agentName: '张三',
      attachments: { idCardFront: 'a1', agentAuthorisation: 'a2' },
    };
    const out = toSubmission('new', f);
    expect(out).not.toHaveProperty('agentName');
    expect(out.attachments).toEqual({ idCardFront: 'a1' });
  });
  it('drops removed photos', () => {
    const out = toSubmission('renewal', {
      confirmUnchanged: true,
      attachments: { businessLicence: '' },
    });
    expect(out.attachments).toEqual({});
  });
});

describe('fromServerForm', () => {
  it('brings numbers back as text and ignores masked copies', () => {
    const f = fromServerForm('new', {
      lat: 36.5,
      idNumberMasked: '3707**',
      attachments: { idCardFront: 'x' },
    });
    expect(f.lat).toBe('36.5');
    expect(f).not.toHaveProperty('idNumberMasked');
    expect(f.attachments).toEqual({ idCardFront: 'x' });
  });
});

describe('fieldErrors', () => {
  it('maps server paths to fields, first message wins', () => {
    expect(
      fieldErrors([
        { path: 'form.attachments.idCardFront', message: 'a' },
        { path: 'form.shopName', message: 'b' },
        { path: 'form.shopName', message: 'c' },
      ]),
    ).toEqual({ 'attachments.idCardFront': 'a', shopName: 'b' });
  });
});
