import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';
import { plainSentenceEnds } from '../../../src/core/text/sentence-breaks';

const segmenters = {
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
};
const icuEnds = (text: string, lang: Lang) =>
  [...segmenters[lang].segment(text)].map((s) => s.index + s.segment.length);

/** Every line of every text in `lang` under a folder (front matter dropped), normalised as the engine does. */
function linesIn(dir: URL, lang: Lang): string[] {
  const lines: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) lines.push(...linesIn(new URL(`${entry.name}/`, dir), lang));
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const raw = readFileSync(new URL(entry.name, dir), 'utf8');
    if (!new RegExp(`^lang: ${lang}$`, 'm').test(raw)) continue;
    const body = normalizeText(raw.replace(/^---\n[\s\S]*?\n---\n/, '')).text;
    lines.push(...body.split('\n').filter((l) => l.trim() !== ''));
  }
  return lines;
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('plainSentenceEnds', () => {
  it.each(['zh', 'en'] as const)(
    'gives the same ends as Intl.Segmenter on every %s corpus and fixture line',
    (lang) => {
      const lines = [
        ...linesIn(new URL('../../../readouts/', import.meta.url), lang),
        ...linesIn(new URL('../../fixtures/engine/', import.meta.url), lang),
      ];
      expect(lines.length).toBeGreaterThan(10);
      let fast = 0;
      for (const line of lines) {
        const ends = plainSentenceEnds(line);
        if (ends === null) continue;
        fast++;
        expect(ends, line).toEqual(icuEnds(line, lang));
      }
      // Most lines of readouts take the fast path, or it is not worth having.
      expect(fast / lines.length).toBeGreaterThan(0.8);
    },
  );

  it.each(['zh', 'en'] as const)(
    'agrees with Intl.Segmenter (%s) on random strings of the characters it knows',
    (lang) => {
      const alphabet = [
        ...'中美双方㐀䶿鿿aZ09bcxyXYAz . .. 。！？!?，、；：,;:-—–"\'（）()《》〈〉「」『』【】[]{}“”‘’«»·…～~%／/+*=&#@$％＿_|<>',
      ];
      const rand = lcg(lang === 'zh' ? 3 : 4);
      for (let t = 0; t < 10_000; t++) {
        let s = '';
        const length = 1 + Math.floor(rand() * 30);
        for (let k = 0; k < length; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
        expect(plainSentenceEnds(s), s).toEqual(icuEnds(s, lang));
      }
    },
  );

  it('agrees with Intl.Segmenter on random English with abbreviations, numbers and quotes', () => {
    const words =
      'The U.S. Mr. Jan. No. 2.5 10 said (PRC) "candid" P.R.C. e.g. etc. J. it. why? end.) end." — x, 1) 中方 .5'.split(
        ' ',
      );
    const rand = lcg(5);
    for (let t = 0; t < 10_000; t++) {
      const parts = Array.from(
        { length: 1 + Math.floor(rand() * 12) },
        () => words[Math.floor(rand() * words.length)],
      );
      const s = parts.join(rand() < 0.8 ? ' ' : '');
      expect(plainSentenceEnds(s), s).toEqual(icuEnds(s, 'en'));
    }
  });

  it('breaks after a full stop and its closing quotes, not before a comma-like mark', () => {
    const text = '王毅表示：“中方欢迎。”双方同意。！随后，会谈结束。，继续';
    expect(plainSentenceEnds(text)).toEqual([12, 18, text.length]);
    expect(plainSentenceEnds(text)).toEqual(icuEnds(text, 'zh'));
  });

  it('keeps "U.S" and "2.5" whole and continues before a lowercase word, as ICU does', () => {
    const text = 'The U.S. Side said 2.5 percent. etc. and more. Then it ended.';
    expect(plainSentenceEnds(text)).toEqual(icuEnds(text, 'en'));
    expect(plainSentenceEnds(text)).toEqual([9, 47, text.length]);
  });

  it('leaves other characters to ICU: accented letters, other scripts, line breaks', () => {
    expect(plainSentenceEnds('Café talks.')).toBeNull();
    expect(plainSentenceEnds('한국。')).toBeNull();
    expect(plainSentenceEnds('第一行\n第二行')).toBeNull();
  });

  it('handles the empty string', () => {
    expect(plainSentenceEnds('')).toEqual([]);
  });
});
