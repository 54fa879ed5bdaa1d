import type { SideAnalysis } from '../compare/types';

/*
 * How long each readout is — "four paragraphs against twenty". Characters are counted without whitespace
 * (code points, so a rare character outside the BMP counts once); words as the comparison counted them (see
 * core/text/count-words.ts). Across languages the character ratio says little (a Chinese character is not an
 * English letter): `sameLanguage` says whether it may be read as "longer".
 */

export interface SideLength {
  chars: number;
  words: number;
  sentences: number;
  paragraphs: number;
}

export interface LengthRatio {
  /** Side a over side b, two decimals; null when side b has none. */
  chars: number | null;
  words: number | null;
  sentences: number | null;
  paragraphs: number | null;
  sameLanguage: boolean;
  /** Both are full texts of several sentences (the engine's `comparable`): an excerpt's length is no figure. */
  comparable: boolean;
}

/** Characters without whitespace, as code points. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

export function sideLength(text: string, side: SideAnalysis): SideLength {
  return {
    chars: countChars(text),
    words: side.words,
    sentences: side.sentences.length,
    paragraphs: new Set(side.sentences.map((s) => s.paragraph)).size,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);

export function lengthRatio(
  lengths: readonly [SideLength, SideLength],
  sameLanguage: boolean,
  comparable: boolean,
): LengthRatio {
  const [a, b] = lengths;
  return {
    chars: ratio(a.chars, b.chars),
    words: ratio(a.words, b.words),
    sentences: ratio(a.sentences, b.sentences),
    paragraphs: ratio(a.paragraphs, b.paragraphs),
    sameLanguage,
    comparable,
  };
}
