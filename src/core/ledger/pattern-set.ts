import { patternToSource } from '../lexicon/pattern-syntax';
import type { Lang } from '../model';
import { normalizeText } from '../text/normalize';

/*
 * A list of patterns (the lexicon's syntax) compiled to one or two global regexes, matched against normalised
 * text. Patterns are normalised like the texts, so a pattern written with curly quotes or full-width letters
 * matches the folded text.
 */

export type Span2 = [start: number, end: number];

/**
 * Regexes for `patterns` in `lang`: one case-insensitive alternation, and one for exact-case (`=`) patterns.
 * Throws PatternSyntaxError for malformed patterns (the parsers validate first and name the field).
 */
export function compilePatterns(patterns: readonly string[], lang: Lang): RegExp[] {
  const folded: string[] = [];
  const exact: string[] = [];
  for (const pattern of patterns) {
    const { source, caseSensitive } = patternToSource(normalizeText(pattern).text, lang);
    (caseSensitive ? exact : folded).push(source);
  }
  // Longest first, so a longer variant wins over its prefix at the same position ("our one China policy").
  const join = (sources: string[]) =>
    sources
      .sort((a, b) => b.length - a.length)
      .map((s) => `(?:${s})`)
      .join('|');
  const out: RegExp[] = [];
  if (folded.length > 0) out.push(new RegExp(join(folded), 'giu'));
  if (exact.length > 0) out.push(new RegExp(join(exact), 'gu'));
  return out;
}

/** Every non-empty match of `regexes` in `text`, in order of position. */
export function findSpans(regexes: readonly RegExp[], text: string): Span2[] {
  const spans: Span2[] = [];
  for (const regex of regexes) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}
