import { meetings } from 'virtual:readouts';
import { describe, expect, it } from 'vitest';
import {
  compareInputOf,
  defaultChoice,
  defaultTextOf,
  normaliseChoice,
  readerChoice,
  sameChoice,
  sameLanguageChoice,
  sameLanguageOptions,
  sharedLanguage,
  textsOfSide,
} from '../../../src/core/view/text-choice';
import { meeting, readout } from './fixtures';

describe('textsOfSide', () => {
  it('lists originals before translations', () => {
    expect(textsOfSide(meeting(), 'cn').map((t) => t.id)).toEqual(['cn-mfa-zh', 'cn-mfa-en']);
  });
});

describe('defaultTextOf', () => {
  it('prefers an original to any translation, however long', () => {
    const m = meeting();
    const long = readout({
      id: 'cn-long-en',
      side: 'cn',
      lang: 'en',
      kind: 'translation',
      translator: { type: 'outlet', outlet: { en: 'Outlet', zh: '媒体' } },
      text: 'A much longer rendering of the Chinese readout. '.repeat(5),
    });
    expect(defaultTextOf({ ...m, readouts: [long, ...m.readouts] }, 'cn')?.id).toBe('cn-mfa-zh');
  });

  it('without an original, takes the most complete outlet rendering: full before excerpt, then longer', () => {
    const outlet = (id: string, text: string, completeness: 'full' | 'excerpt' = 'excerpt') =>
      readout({
        id,
        side: 'us',
        lang: 'zh',
        kind: 'translation',
        completeness,
        translator: { type: 'outlet', outlet: { en: id, zh: id } },
        text,
      });
    const short = outlet('us-short', '国务卿强调沟通。');
    const long = outlet('us-long', '国务卿强调沟通。国务卿表达关切。双方同意保持联系。');
    const full = outlet('us-full', '国务卿强调沟通。', 'full');
    const base = { ...meeting(), readouts: meeting().readouts.filter((r) => r.side === 'cn') };
    expect(defaultTextOf({ ...base, readouts: [...base.readouts, short, long] }, 'us')?.id).toBe('us-long');
    expect(defaultTextOf({ ...base, readouts: [...base.readouts, long, full] }, 'us')?.id).toBe('us-full');
  });

  it('opens the Finer meeting’s US side in RFI’s six-sentence rendering, not Initium’s two sentences', () => {
    const finer = meetings.find((m) => m.id === '2024-01-10-liu-finer');
    expect(finer).toBeDefined();
    if (!finer) return;
    expect(defaultTextOf(finer, 'us')?.id).toBe('us-wh-zh-rfi');
    expect(defaultTextOf(finer, 'cn')?.id).toBe('cn-idcpc-zh');
    // The same rule orders the switch and the "both in English" choice: RFI's rendering first there too.
    expect(textsOfSide(finer, 'us').map((t) => t.id)).toEqual([
      'us-wh-zh-rfi',
      'us-wh-zh-initium',
      'us-wh-en-rfi',
      'us-wh-en-initium',
    ]);
    expect(sameLanguageChoice(finer, 'en')).toEqual({ cn: 'cn-idcpc-en', us: 'us-wh-en-rfi' });
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

describe('readerChoice', () => {
  it('shows each side in the reader’s language where it has a text in it, else its closest text', () => {
    // English: the Chinese side's project translation (labelled on the page) and the US original.
    expect(readerChoice(meeting(), 'en')).toEqual({ cn: 'cn-mfa-en', us: 'us-state-en' });
    // Chinese: the Chinese original; the US side has no Chinese text, so its original.
    expect(readerChoice(meeting(), 'zh')).toEqual({ cn: 'cn-mfa-zh', us: 'us-state-en' });
  });

  it('in a language, takes the official text first, then an outlet’s rendering, then the project’s translation', () => {
    const finer = meetings.find((m) => m.id === '2024-01-10-liu-finer');
    if (!finer) throw new Error('corpus');
    expect(readerChoice(finer, 'zh')).toEqual({ cn: 'cn-idcpc-zh', us: 'us-wh-zh-rfi' });
    expect(readerChoice(finer, 'en')).toEqual({ cn: 'cn-idcpc-en', us: 'us-wh-en-rfi' });
    const outlet = readout({
      id: 'us-wh-en-outlet',
      side: 'us',
      lang: 'en',
      kind: 'translation',
      translator: { type: 'outlet', outlet: { en: 'Outlet', zh: '媒体' } },
      text: 'A short one.',
    });
    const original = readout({ id: 'us-wh-en', side: 'us', lang: 'en', text: 'Short.' });
    expect(readerChoice({ ...finer, readouts: [...finer.readouts, outlet] }, 'en').us).toBe(
      'us-wh-en-outlet',
    );
    expect(readerChoice({ ...finer, readouts: [...finer.readouts, outlet, original] }, 'en').us).toBe(
      'us-wh-en',
    );
  });

  it('fills a gap in a linked choice with the reader’s texts', () => {
    expect(normaliseChoice(meeting(), { us: 'us-state-en' }, readerChoice(meeting(), 'en'))).toEqual({
      cn: 'cn-mfa-en',
      us: 'us-state-en',
    });
    expect(sameChoice(readerChoice(meeting(), 'en'), { cn: 'cn-mfa-en', us: 'us-state-en' })).toBe(true);
    expect(sameChoice(readerChoice(meeting(), 'en'), null)).toBe(false);
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
