import { describe, expect, it } from 'vitest';
import {
  compareInputOf,
  defaultChoice,
  normaliseChoice,
  sameLanguageChoice,
  sameLanguageOptions,
  sharedLanguage,
  textsOfSide,
} from '../../../src/core/view/text-choice';
import { meeting } from './fixtures';

describe('textsOfSide', () => {
  it('lists originals before translations', () => {
    expect(textsOfSide(meeting(), 'cn').map((t) => t.id)).toEqual(['cn-mfa-zh', 'cn-mfa-en']);
  });
});

describe('defaultChoice', () => {
  it('shows each side in its original', () => {
    expect(defaultChoice(meeting())).toEqual({ cn: 'cn-mfa-zh', us: 'us-state-en' });
  });
  it('leaves a side without texts empty', () => {
    const m = meeting();
    const oneSided = { ...m, readouts: m.readouts.filter((r) => r.side === 'cn') };
    expect(defaultChoice(oneSided)).toEqual({ cn: 'cn-mfa-zh', us: null });
  });
});

describe('same-language choice', () => {
  it('offers only languages both sides have', () => {
    expect(sameLanguageOptions(meeting())).toEqual(['en']);
  });
  it('picks a translation where a side has no original in that language', () => {
    expect(sameLanguageChoice(meeting(), 'en')).toEqual({ cn: 'cn-mfa-en', us: 'us-state-en' });
    expect(sameLanguageChoice(meeting(), 'zh')).toBeNull();
  });
  it('reports the shared language of a choice', () => {
    const m = meeting();
    expect(sharedLanguage(m, { cn: 'cn-mfa-en', us: 'us-state-en' })).toBe('en');
    expect(sharedLanguage(m, defaultChoice(m))).toBeNull();
  });
});

describe('normaliseChoice', () => {
  it('replaces ids of the wrong side or unknown ids with the default', () => {
    expect(normaliseChoice(meeting(), { cn: 'us-state-en', us: 'nope' })).toEqual({
      cn: 'cn-mfa-zh',
      us: 'us-state-en',
    });
    expect(normaliseChoice(meeting(), { cn: 'cn-mfa-en' })).toEqual({ cn: 'cn-mfa-en', us: 'us-state-en' });
  });
});

describe('compareInputOf', () => {
  it('marks a missing side as missing with empty text', () => {
    expect(compareInputOf(null, 'us')).toMatchObject({ text: '', side: 'us', completeness: 'missing' });
  });
  it('passes language and completeness of a text', () => {
    const text = meeting().readouts[2];
    expect(text && compareInputOf(text, 'cn')).toMatchObject({
      lang: 'zh',
      completeness: 'full',
      label: 'cn-mfa-zh',
    });
  });
});
