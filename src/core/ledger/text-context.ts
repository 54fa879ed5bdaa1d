import type { Span } from '../compare/types';
import type { Lang } from '../model';
import { type NormalizedText, normalizeText, type TextConverter, toOriginalSpan } from '../text/normalize';
import { type SentenceSpan, segmentSentences } from '../text/segment';

/*
 * One readout text prepared for the ledger's searches: normalised like the engine does it (so 「」 and “” are
 * both ", full-width letters are ASCII, Traditional is Simplified when a converter is given), segmented into
 * sentences, with helpers for "the words just before a match" and for mapping back to the text as given.
 */

export interface TextContext {
  lang: Lang;
  norm: NormalizedText;
  /** Sentences as offsets into `norm.text`. */
  sentences: SentenceSpan[];
}

export function textContext(text: string, lang: Lang, toSimplified?: TextConverter): TextContext {
  const norm = normalizeText(text, { toSimplified: lang === 'zh' ? toSimplified : undefined });
  return { lang, norm, sentences: norm.text.length > 0 ? segmentSentences(norm.text, lang) : [] };
}

/** Offsets into the text as given of normalised `[start, end)`. */
export function originalSpan(ctx: TextContext, start: number, end: number): Span {
  return toOriginalSpan(ctx.norm, start, end);
}

/** The sentence holding normalised offset `pos`, or the whole text when `pos` lies between sentences. */
export function sentenceAround(ctx: TextContext, pos: number): Span {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid] as SentenceSpan;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return { start: s.start, end: s.end };
  }
  return { start: 0, end: ctx.norm.text.length };
}

const CLAUSE_BREAK: Record<Lang, RegExp> = { zh: /[，,；;：:\n]/, en: /[;:\n]/ };

/**
 * Start of the stretch before `pos` that can govern it: back to the start of its sentence, or of its clause
 * when `clause` is set (Chinese ，；：, English ; :), and never more than `max` characters.
 */
export function windowStart(ctx: TextContext, pos: number, max: number, clause: boolean): number {
  const from = Math.max(sentenceAround(ctx, pos).start, pos - max);
  if (!clause) return from;
  const text = ctx.norm.text;
  for (let i = pos - 1; i >= from; i--) if (CLAUSE_BREAK[ctx.lang].test(text.charAt(i))) return i + 1;
  return from;
}

/**
 * Whether `[start, end)` sits inside quotation marks within its sentence: an odd number of " before it and
 * one after. Unbalanced quotes in a sentence (outlets' slips) make the answer false: no guess.
 */
export function insideQuotes(ctx: TextContext, start: number, end: number): boolean {
  const sentence = sentenceAround(ctx, start);
  const text = ctx.norm.text;
  const count = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x22) n++;
    return n;
  };
  const before = count(sentence.start, start);
  const after = count(end, sentence.end);
  return before % 2 === 1 && after % 2 === 1;
}
