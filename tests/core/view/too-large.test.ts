import { describe, expect, it } from 'vitest';
import { AlignLimitError } from '../../../src/core/compare/align-band';
import { tooLargeToAlign } from '../../../src/core/view/too-large';

describe('tooLargeToAlign', () => {
  it('reads the sentence counts and the limit of a refused pair, per side', () => {
    const error = new AlignLimitError('too-many-sentences', [60_000, 120], 50_000);
    expect(tooLargeToAlign(error, ['cn', 'us'])).toEqual({
      code: 'too-many-sentences',
      cn: 60_000,
      us: 120,
      limit: 50_000,
    });
    expect(tooLargeToAlign(error, ['us', 'cn'])).toMatchObject({ cn: 120, us: 60_000 });
    expect(tooLargeToAlign(error, [undefined, undefined])).toMatchObject({ cn: 60_000, us: 120 });
  });

  it('is null for any other failure', () => {
    expect(tooLargeToAlign(new Error('too many sentences to align'), ['cn', 'us'])).toBeNull();
    expect(
      tooLargeToAlign(Object.assign(new Error('x'), { code: 'too-many-sentences' }), ['cn', 'us']),
    ).toBeNull();
  });
});
