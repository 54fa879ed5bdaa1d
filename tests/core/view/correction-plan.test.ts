import { describe, expect, it } from 'vitest';
import { correctionPlan } from '../../../src/core/view/correction-plan';

const absent = { verdict: 'absent' as const };
const present = { verdict: 'present' as const };

describe('correctionPlan', () => {
  it('writes a first verdict', () => {
    expect(correctionPlan([], 'absent', true, false)).toEqual({ remove: [], create: true });
    expect(correctionPlan([], 'present', false, true)).toEqual({ remove: [], create: true });
  });

  it('does nothing when the verdict is already the reader’s last word', () => {
    expect(correctionPlan([present, absent], 'absent', true, false)).toBeNull();
  });

  it('takes the opposite correction back when the tagger already agrees', () => {
    expect(correctionPlan([absent], 'present', true, false)).toEqual({ remove: [absent], create: false });
    expect(correctionPlan([present], 'absent', false, false)).toEqual({ remove: [present], create: false });
  });

  it('keeps a rejection of a candidate (else the looser search offers it again)', () => {
    expect(correctionPlan([present], 'absent', false, true)).toEqual({ remove: [present], create: true });
  });
});
