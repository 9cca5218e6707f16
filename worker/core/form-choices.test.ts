import { describe, expect, it } from 'vitest';
import {
  PREMISES_PROOFS,
  PREMISES_PROOF_LABELS,
  REISSUE_REASONS,
  REISSUE_REASON_LABELS,
} from './form-choices';
import { changeForm, newForm, reissueForm } from './forms';
import { CHANGE_KINDS } from './preconditions';

describe('form choices', () => {
  it('are the values the form schemas accept', () => {
    expect(newForm.shape.premisesProof.options).toEqual([...PREMISES_PROOFS]);
    expect(reissueForm.shape.reason.options).toEqual([...REISSUE_REASONS]);
    expect(changeForm.shape.changeKind.options).toEqual([...CHANGE_KINDS]);
  });

  it('label every value in both languages', () => {
    expect(Object.keys(PREMISES_PROOF_LABELS)).toEqual([...PREMISES_PROOFS]);
    expect(Object.keys(REISSUE_REASON_LABELS)).toEqual([...REISSUE_REASONS]);
    expect(PREMISES_PROOF_LABELS.deed.zh).toBe('产权证明（自有房屋）');
    expect(REISSUE_REASON_LABELS.damaged).toEqual({ zh: '毁损', en: 'Damaged' });
  });
});
