import { describe, expect, it } from 'vitest';
import { findPhrases, matchPhrases, type PhraseMatch } from '../../../src/core/ledger/match-phrases';
import { textContext } from '../../../src/core/ledger/text-context';
import type { Lang } from '../../../src/core/model';
import { at, corpusText, ctx, shippedPhrases } from './ledger-fixtures';

/** The phrases of one text: id → matches, with the words as written. */
function phrasesIn(text: string, lang: Lang): Map<string, (PhraseMatch & { words: string })[]> {
  const compiled = shippedPhrases();
  const out = new Map<string, (PhraseMatch & { words: string })[]>();
  for (const [index, matches] of findPhrases(compiled, ctx(text, lang))) {
    const id = compiled.data.phrases[index]?.id ?? '?';
    out.set(
      id,
      matches.map((m) => ({ ...m, words: at(text, m) })),
    );
  }
  return out;
}

describe('set phrases in real readouts', () => {
  it('finds 一个中国原则 and "one-China principle" as one phrase, one form, at the right offsets', () => {
    const zh = corpusText('2024-01-08-defense-policy-talks', 'cn-mnd-zh-zhixinwen');
    const en = corpusText('2024-01-08-defense-policy-talks', 'cn-mnd-en-zhixinwen');
    const [oneChina] = matchPhrases(shippedPhrases(), [ctx(zh.text, 'zh'), ctx(en.text, 'en')]).filter(
      (p) => p.id === 'one-china',
    );
    expect(oneChina?.matches[0].map((m) => [at(zh.text, m), m.form])).toEqual([
      ['一个中国原则', 'principle'],
    ]);
    expect(oneChina?.matches[1].map((m) => [at(en.text, m), m.form])).toEqual([
      ['one-China principle', 'principle'],
    ]);
  });

  it('tells "important consensus" from the US "key outcomes" (a non-equivalent form)', () => {
    const cn = phrasesIn(corpusText('2024-01-10-liu-finer', 'cn-idcpc-zh').text, 'zh');
    const us = phrasesIn(corpusText('2024-01-10-liu-finer', 'us-wh-en-rfi').text, 'en');
    expect(cn.get('important-consensus')?.map((m) => [m.words, m.form, m.nonEquivalent])).toEqual([
      ['重要共识', 'consensus', undefined],
    ]);
    expect(us.get('important-consensus')?.map((m) => [m.words, m.form, m.nonEquivalent])).toEqual([
      ['key outcomes', 'outcomes', true],
    ]);
    expect(us.get('san-francisco')?.map((m) => m.words)).toEqual(['Woodside']);
    expect(us.get('manage-responsibly')?.map((m) => m.words)).toEqual(['manage competition responsibly']);
  });

  it('reads through curly quotes and an en dash (normalised like the engine), offsets into the text as given', () => {
    const en = corpusText('2023-06-14-qin-blinken', 'us-state-en-rfi').text;
    expect(phrasesIn(en, 'en').get('manage-responsibly')?.[0]?.words).toBe(
      'manage U.S.–China relations responsibly',
    );
    const zh = corpusText('2024-01-08-defense-policy-talks', 'cn-mnd-zh-zhixinwen').text;
    expect(phrasesIn(zh, 'zh').get('taiwan-independence')?.[0]?.words).toBe('台湾“独立”');
  });

  it('does not take an office for the phrase (国家安全顾问, "National Security Advisor")', () => {
    expect(
      phrasesIn(corpusText('2024-01-10-liu-finer', 'us-wh-zh-rfi').text, 'zh').has('national-security'),
    ).toBe(false);
    expect(
      phrasesIn(corpusText('2024-01-10-liu-finer', 'us-wh-en-rfi').text, 'en').has('national-security'),
    ).toBe(false);
    expect(
      phrasesIn(corpusText('2024-01-10-wang-wentao-raimondo', 'us-doc-zh-voa').text, 'zh').has(
        'national-security',
      ),
    ).toBe(true);
  });
});

describe('a phrase quoted to be rejected is still a match, flagged', () => {
  it('所谓“国家安全” in a real rendering, with the rejecting word as cue', () => {
    const text = corpusText('2024-01-10-wang-wentao-raimondo', 'us-doc-zh-zhixinwen').text;
    const [m] = phrasesIn(text, 'zh').get('national-security') ?? [];
    expect(m?.rejected).toBe(true);
    expect(m?.cue && at(text, m.cue)).toBe('所谓');
    const en = corpusText('2024-01-10-wang-wentao-raimondo', 'us-doc-en-zhixinwen').text;
    const [e] = phrasesIn(en, 'en').get('national-security') ?? [];
    expect([e?.rejected, e?.cue && at(en, e.cue)]).toEqual([true, 'so-called']);
  });

  it('所谓"脱钩断链", "rejected the so-called decoupling", 不寻求新冷战', () => {
    const zh = '中方坚决反对美方搞所谓“脱钩断链”。双方讨论了供应链问题。';
    const [d] = phrasesIn(zh, 'zh').get('decoupling') ?? [];
    expect([d?.words, d?.form, d?.rejected, d?.cue && at(zh, d.cue)]).toEqual([
      '脱钩断链',
      'decoupling-and-chains',
      true,
      '所谓',
    ]);
    const en = 'Minister Wang rejected the so-called "decoupling" of the two economies.';
    const [e] = phrasesIn(en, 'en').get('decoupling') ?? [];
    expect([e?.words, e?.rejected, e?.cue && at(en, e.cue)]).toEqual(['decoupling', true, 'so-called']);
    const cold = phrasesIn('拜登总统表示，美方不寻求新冷战。', 'zh').get('new-cold-war')?.[0];
    expect(cold?.rejected).toBe(true);
    const cued = phrasesIn('The United States does not seek a new Cold War.', 'en').get('new-cold-war')?.[0];
    expect(cued?.rejected).toBe(true);
  });

  it('a phrase used as it is is not flagged, even after a refusal in another clause', () => {
    const plain = phrasesIn('双方认为应推动落实重要共识。', 'zh').get('important-consensus')?.[0];
    expect(plain?.rejected).toBeUndefined();
    const other = phrasesIn('中方反对单边制裁，双方同意防止误判。', 'zh').get('miscalculation')?.[0];
    expect(other?.rejected).toBeUndefined();
    const far = phrasesIn('The United States opposes any unilateral changes to the status quo.', 'en');
    expect(far.get('status-quo')?.[0]?.rejected).toBeUndefined();
  });
});

describe('a phrase inside a longer phrase', () => {
  it('和平共处 inside 和平共处五项原则 is the longer phrase only', () => {
    const found = phrasesIn('双方应遵循和平共处五项原则。', 'zh');
    expect(found.get('five-principles')?.map((m) => m.words)).toEqual(['和平共处五项原则']);
    expect(found.has('peaceful-coexistence')).toBe(false);
    expect(phrasesIn('相互尊重、和平共处、合作共赢', 'zh').get('peaceful-coexistence')?.length).toBe(1);
  });

  it('"our one China policy" is one match that includes "our"; 脱钩断链 is not also 脱钩', () => {
    const text = 'President Biden said our one China policy has not changed.';
    expect(
      phrasesIn(text, 'en')
        .get('one-china')
        ?.map((m) => [m.words, m.form]),
    ).toEqual([['our one China policy', 'policy']]);
    expect(
      phrasesIn('反对脱钩断链', 'zh')
        .get('decoupling')
        ?.map((m) => m.words),
    ).toEqual(['脱钩断链']);
  });

  it('each phrase of a list is found on its own (一个中国原则和中美三个联合公报)', () => {
    const found = phrasesIn('美方应恪守一个中国原则和中美三个联合公报。', 'zh');
    expect(found.get('one-china')?.map((m) => m.words)).toEqual(['一个中国原则']);
    expect(found.get('three-communiques')?.map((m) => m.words)).toEqual(['中美三个联合公报']);
  });
});

describe('matching details', () => {
  it('reads Traditional Chinese through the converter given, offsets into the Traditional text', () => {
    const text = '雙方應遵循一個中國原則。';
    const toSimplified = (s: string) =>
      s
        .replace(/雙/g, '双')
        .replace(/應/g, '应')
        .replace(/個/g, '个')
        .replace(/國/g, '国')
        .replace(/則/g, '则');
    const compiled = shippedPhrases();
    const found = findPhrases(compiled, textContext(text, 'zh', toSimplified));
    const index = compiled.data.phrases.findIndex((p) => p.id === 'one-china');
    expect(found.get(index)?.map((m) => at(text, m))).toEqual(['一個中國原則']);
    expect(findPhrases(compiled, textContext(text, 'zh')).has(index)).toBe(false);
  });

  it('returns only phrases found, in the data file order, with a span list per side', () => {
    const result = matchPhrases(shippedPhrases(), [ctx('双方应相互尊重。', 'zh'), ctx('', 'en')]);
    expect(result).toEqual([
      {
        id: 'mutual-respect',
        label: { en: 'Mutual respect', zh: '相互尊重' },
        matches: [[{ start: 3, end: 7, form: 'mutual-respect' }], []],
      },
    ]);
  });
});
