import { describe, expect, it } from 'vitest';
import { checkPattern, PatternSyntaxError, patternToSource } from '../../../src/core/lexicon/pattern-syntax';
import type { Lang } from '../../../src/core/model';

/** Every match of one pattern in `text`, as matched strings. */
function find(pattern: string, lang: Lang, text: string): string[] {
  const { source, caseSensitive } = patternToSource(pattern, lang);
  return [...text.matchAll(new RegExp(source, caseSensitive ? 'gu' : 'giu'))].map((m) => m[0]);
}

describe('patternToSource, English plain text', () => {
  it('matches whole words only, ignoring case', () => {
    expect(find('Taiwan', 'en', 'TAIWAN, Taiwan Strait')).toEqual(['TAIWAN', 'Taiwan']);
    expect(find('AI', 'en', 'said the Thai aide')).toEqual([]);
  });

  it('lets the last word take a plural or possessive ending, but no other ending', () => {
    expect(find('tariff', 'en', 'tariffs, tariff, the tariff’s')).toEqual(['tariffs', 'tariff', 'tariff']);
    expect(find('ally', 'en', "our ally's commitment")).toEqual(["ally's"]);
    expect(find('Taiwan', 'en', 'Taiwanese')).toEqual([]);
  });

  it('treats spaces and hyphens alike and hyphens as optional', () => {
    expect(find('cross-Strait', 'en', 'cross-Strait, cross Strait, crossStrait')).toHaveLength(3);
    expect(find('law enforcement', 'en', 'law-enforcement cooperation and law  enforcement')).toHaveLength(2);
  });

  it('expands a trailing * to any word ending', () => {
    expect(find('stabiliz*', 'en', 'stabilize, stabilized, stabilizing; unstable')).toEqual([
      'stabilize',
      'stabilized',
      'stabilizing',
    ]);
  });

  it('allows a gap of at most four words for "..."', () => {
    expect(find('manag* ... competition', 'en', 'manage competition')).toHaveLength(1);
    expect(
      find('manag* ... competition', 'en', 'managing the competition between our countries'),
    ).toHaveLength(1);
    expect(find('manag* ... competition', 'en', 'manage the very long and winding road competition')).toEqual(
      [],
    );
  });

  it('matches exact case after "="', () => {
    expect(find('=AI', 'en', 'AI safety; ai; Ai')).toEqual(['AI']);
  });

  it('makes apostrophes optional', () => {
    expect(find("leaders' consensus", 'en', 'the leaders consensus and the leaders’ consensus')).toEqual([
      'leaders consensus',
    ]);
  });
});

describe('patternToSource, Chinese plain text', () => {
  it('matches literally with a gap of up to twelve characters inside one clause', () => {
    expect(find('元首...共识', 'zh', '落实两国元首旧金山会晤重要共识')).toEqual(['元首旧金山会晤重要共识']);
    expect(find('元首...共识', 'zh', '两国元首会晤。双方共识')).toEqual([]);
    expect(find('元首…共识', 'zh', '元首共识')).toEqual(['元首共识']);
  });

  it('keeps Latin words inside Chinese text whole', () => {
    expect(find('AI', 'zh', '人工智能（AI）与MAIN')).toEqual(['AI']);
  });

  it('rejects English-only syntax', () => {
    expect(() => patternToSource('台*', 'zh')).toThrow(PatternSyntaxError);
    expect(() => patternToSource('=台湾', 'zh')).toThrow(/exact case/);
  });
});

describe('patternToSource, regular expressions', () => {
  it('uses /regex/ as written, with whole-word edges in English', () => {
    expect(find('/COP ?\\d{1,2}/', 'en', 'COP29 and COP 28 but not COP290x')).toEqual(['COP29', 'COP 28']);
    expect(find('/(?<![0-9])301(?![0-9])/', 'zh', '301关税与2301号')).toEqual(['301']);
  });

  it('reports invalid or empty patterns', () => {
    expect(() => checkPattern('/(a/', 'en')).toThrow(/invalid regular expression \/\(a\//);
    expect(() => checkPattern('=/(a/', 'en')).toThrow(/invalid regular expression/);
    expect(() => patternToSource('  ', 'en')).toThrow(/empty pattern/);
    expect(() => checkPattern('/a?/', 'en')).toThrow(/empty string/);
    expect(() => patternToSource('... a', 'en')).toThrow(/both sides/);
    expect(checkPattern('tariff', 'en')).toEqual(patternToSource('tariff', 'en'));
  });
});
