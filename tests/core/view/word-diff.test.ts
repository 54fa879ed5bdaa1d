import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/core/compare/types';
import type { Meeting } from '../../../src/core/model';
import { wordDiffState } from '../../../src/core/view/word-diff';
import { meeting, readout } from './fixtures';

const pairs: Pick<Comparison, 'alignment' | 'diffs'> = {
  alignment: [{ kind: 'pair', a: [0], b: [0], sharedTopics: [], score: 1 }],
  diffs: [],
};
const noPairs: Pick<Comparison, 'alignment' | 'diffs'> = {
  alignment: [
    { kind: 'only-a', a: [0], b: [], sharedTopics: [], score: 0 },
    { kind: 'only-b', a: [], b: [0], sharedTopics: [], score: 0 },
  ],
  diffs: [],
};

describe('wordDiffState', () => {
  it('offers the switch when both texts share a language and some rows pair', () => {
    expect(wordDiffState(meeting(), { cn: 'cn-mfa-en', us: 'us-state-en' }, pairs)).toEqual({
      kind: 'ready',
    });
  });

  it('says when no rows pair, and which sides have another version to compare instead', () => {
    const m = meeting();
    expect(wordDiffState(m, { cn: 'cn-mfa-en', us: 'us-state-en' }, noPairs)).toEqual({
      kind: 'no-pairs',
      versions: [],
    });
    const other = readout({ id: 'us-state-en-2', side: 'us', lang: 'en', text: 'Another version.' });
    const withVersion: Meeting = { ...m, readouts: [...m.readouts, other] };
    expect(wordDiffState(withVersion, { cn: 'cn-mfa-en', us: 'us-state-en' }, noPairs)).toEqual({
      kind: 'no-pairs',
      versions: ['us'],
    });
  });

  it('points to the languages both sides have when the texts shown differ', () => {
    expect(wordDiffState(meeting(), { cn: 'cn-mfa-zh', us: 'us-state-en' }, pairs)).toEqual({
      kind: 'choose-language',
      languages: ['en'],
    });
  });

  it('explains a pair in two languages with no translation (a pasted pair)', () => {
    const m = meeting();
    const pasted: Meeting = {
      ...m,
      origin: 'user',
      readouts: m.readouts.filter((r) => r.id !== 'cn-mfa-en'),
    };
    expect(wordDiffState(pasted, { cn: 'cn-mfa-zh', us: 'us-state-en' }, pairs)).toEqual({
      kind: 'two-languages',
      langs: ['zh', 'en'],
    });
  });

  it('needs both readouts', () => {
    expect(wordDiffState(meeting(), { cn: 'cn-mfa-zh', us: null }, null)).toEqual({ kind: 'one-side' });
  });
});
