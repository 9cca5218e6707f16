import { describe, expect, it } from 'vitest';
import { ATTACHMENT_KINDS, ATTACHMENT_KIND_LABELS, FORM_ATTACHMENT_KINDS } from './attachments';
import { formSchemaFor } from './forms';
import { BUSINESS_TYPES } from './business-types';

describe('attachment kinds', () => {
  it('pins the kinds the upload route accepts', () => {
    expect(ATTACHMENT_KINDS).toEqual([
      'idCardFront',
      'businessLicence',
      'premisesProof',
      'agentAuthorisation',
      'supporting',
      'ratingPhoto',
      'messagePhoto',
    ]);
  });

  it('labels every kind in both languages, each with its own name', () => {
    expect(Object.keys(ATTACHMENT_KIND_LABELS)).toEqual([...ATTACHMENT_KINDS]);
    const zh = ATTACHMENT_KINDS.map((k) => ATTACHMENT_KIND_LABELS[k].zh);
    const en = ATTACHMENT_KINDS.map((k) => ATTACHMENT_KIND_LABELS[k].en);
    expect(new Set(zh).size).toBe(ATTACHMENT_KINDS.length);
    expect(new Set(en).size).toBe(ATTACHMENT_KINDS.length);
    expect(ATTACHMENT_KIND_LABELS.idCardFront.zh).toBe('身份证人像面');
  });

  it('the forms ask for exactly the form kinds (a thread photo is no form document)', () => {
    const asked = new Set<string>();
    for (const type of BUSINESS_TYPES) {
      const shape = formSchemaFor(type).shape as Record<string, unknown>;
      const att = shape.attachments as { shape: Record<string, unknown> } | undefined;
      for (const k of Object.keys(att?.shape ?? {})) asked.add(k);
    }
    expect([...asked].sort()).toEqual([...FORM_ATTACHMENT_KINDS].sort());
  });
});
