import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/core/compare/align';
import { type AlignItem, lexicalTokenIds, lexicalTokens } from '../../../src/core/compare/similarity';
import type { Lang } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';
import { segmentSentences } from '../../../src/core/text/segment';
import { readoutInput } from './corpus-texts';

/** The ids of `lexicalTokenIds` decoded back to strings: Han bigrams unpacked, English stems looked up. */
function decode(ids: Int32Array, lang: Lang, vocabulary: Map<string, number>): string[] {
  if (lang === 'en') {
    const byId = new Map([...vocabulary].map(([stem, id]) => [id, stem]));
    return [...ids].map((id) => byId.get(id) ?? '?');
  }
  return [...ids].map((code) =>
    String.fromCharCode(Math.floor(code / 0x6c00) + 0x3400, (code % 0x6c00) + 0x3400),
  );
}

const sorted = (xs: string[]) => [...xs].sort();

describe('lexicalTokens', () => {
  it("reads English words as /[a-z0-9]+(?:'[a-z]+)?/ on the lowercased text, stems them and drops stop words", () => {
    const stop = new Set(['the', 'and', 'of', 'two', 'sides', 'said']);
    const reference = (text: string) => [
      ...new Set(
        (text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [])
          .filter((w) => w.length >= 3 && !stop.has(w))
          .map((w) => w.replace(/(?:ing|ed|es|s)$/, '')),
      ),
    ];
    const text =
      "The two sides said the PRC's meetings discussed goes and don't-stop 2024 talks; İstanbul KELVIN a'b'c x1y2z3 café";
    expect(lexicalTokens(text, 'en')).toEqual(reference(text));
    expect(lexicalTokens(text, 'en')).toContain("prc'");
  });
});

describe('lexicalTokenIds', () => {
  it('encodes exactly the tokens of lexicalTokens, each once', () => {
    const cases: Array<[string, Lang]> = [
      ['中美双方同意保持沟通，中美双方同意加强合作。U.S.代表团', 'zh'],
      ['鿿鿿㐀㐀a㐀', 'zh'],
      ['The two sides discussed, discussed and discussing the relations of Taiwan; the U.S. noted it.', 'en'],
      ['', 'zh'],
    ];
    for (const [text, lang] of cases) {
      const vocabulary = new Map<string, number>();
      const ids = lexicalTokenIds(text, lang, vocabulary);
      expect(new Set(ids).size).toBe(ids.length);
      expect(sorted(decode(ids, lang, vocabulary))).toEqual(sorted(lexicalTokens(text, lang)));
    }
  });

  it('reads a range of a longer text as that slice', () => {
    const text = '前文。双方讨论了台湾问题。后文';
    const vocabulary = new Map<string, number>();
    const part = lexicalTokenIds(text, 'zh', vocabulary, 3, 13);
    expect(sorted(decode(part, 'zh', vocabulary))).toEqual(sorted(lexicalTokens(text.slice(3, 13), 'zh')));
  });

  it('gives both sides of a comparison the same id for the same English stem', () => {
    const vocabulary = new Map<string, number>();
    const a = lexicalTokenIds('Fentanyl cooperation was discussed', 'en', vocabulary);
    const b = lexicalTokenIds('discussing cooperation on fentanyl', 'en', vocabulary);
    expect([...a].filter((id) => b.includes(id))).toHaveLength(3);
  });

  it('aligns two versions of a corpus readout exactly as string tokens do', () => {
    for (const [path, lang] of [
      ['readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md', 'zh'],
      ['readouts/2024-01-10-liu-finer/us-wh-en-rfi.md', 'en'],
    ] as const) {
      const norm = normalizeText(readoutInput(path).text);
      const spans = segmentSentences(norm.text, lang);
      // The "edited version": every other sentence dropped.
      const kept = spans.filter((_, i) => i % 2 === 0);
      const vocabulary = new Map<string, number>();
      const byIds = (list: typeof spans): AlignItem[] =>
        list.map((s) => ({
          topics: [],
          tokens: lexicalTokenIds(norm.text, lang, vocabulary, s.start, s.end),
        }));
      const byStrings = (list: typeof spans): AlignItem[] =>
        list.map((s) => ({ topics: [], tokens: lexicalTokens(norm.text.slice(s.start, s.end), lang) }));
      const rows = alignSentences(byIds(spans), byIds(kept));
      expect(rows).toEqual(alignSentences(byStrings(spans), byStrings(kept)));
      expect(rows.filter((r) => r.kind === 'pair').length).toBe(kept.length);
    }
  });
});
