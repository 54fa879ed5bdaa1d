import type { Span } from '../compare/types';
import type { Bilingual } from '../model';
import { runSteps, type Steps } from '../steps/steps';
import type { CompiledPhrases } from './compile-data';
import { rejectionCue } from './cues';
import { findSpans } from './pattern-set';
import { originalSpan, type TextContext } from './text-context';

/*
 * Every set phrase in both texts. Rules: within one phrase, overlapping forms keep the longest ("our one China
 * policy", not also "one China policy"); a phrase lying inside a longer phrase of another id is that longer
 * phrase (和平共处 inside 和平共处五项原则); a phrase named to be refused is kept, flagged `rejected`.
 */

export interface PhraseMatch extends Span {
  /** The form of the phrase that matched (its id in the data file). */
  form: string;
  /** Present when the form does not say what the phrase's reference form says ("one China policy"). */
  nonEquivalent?: true;
  /** Present when the words before refuse the phrase (所谓, "so-called", 反对, "does not seek"). */
  rejected?: true;
  /** Where those words are (offsets into the same text). */
  cue?: Span;
  /** Index of the engine's sentence that holds the match (set by the ledger). */
  sentence?: number;
}

export interface PhraseResult {
  id: string;
  label: Bilingual;
  /** `matches[i]`: the phrase's spans in side i's text, in text order. */
  matches: [PhraseMatch[], PhraseMatch[]];
}

interface Hit {
  phrase: number;
  form: number;
  start: number;
  end: number;
}

const overlaps = (x: Hit, y: Hit) => x.start < y.end && y.start < x.end;
const inside = (x: Hit, y: Hit) => y.start <= x.start && x.end <= y.end && y.end - y.start > x.end - x.start;

/** Each phrase's hits in one text; pauses after each phrase (a first search compiles its regexes). */
function* rawHits(compiled: CompiledPhrases, ctx: TextContext): Steps<Hit[]> {
  const hits: Hit[] = [];
  for (const [phrase, forms] of compiled.forms.entries()) {
    const own: Hit[] = [];
    forms.forEach((form, f) => {
      for (const [start, end] of findSpans(form.regexes[ctx.lang], ctx.norm.text)) {
        own.push({ phrase, form: f, start, end });
      }
    });
    // Longest first, earlier form first: the kept hits of one phrase never overlap.
    own.sort((x, y) => y.end - y.start - (x.end - x.start) || x.form - y.form || x.start - y.start);
    const kept: Hit[] = [];
    for (const hit of own) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
    hits.push(...kept);
    yield;
  }
  return hits.filter((hit) => !hits.some((other) => other.phrase !== hit.phrase && inside(hit, other)));
}

/** The set phrases found in one text, by phrase index; offsets into the text as given. */
function* findPhrasesSteps(compiled: CompiledPhrases, ctx: TextContext): Steps<Map<number, PhraseMatch[]>> {
  const byPhrase = new Map<number, PhraseMatch[]>();
  const hits = (yield* rawHits(compiled, ctx)).sort((x, y) => x.start - y.start || x.phrase - y.phrase);
  for (const hit of hits) {
    const at = originalSpan(ctx, hit.start, hit.end);
    const form = compiled.forms[hit.phrase]?.[hit.form];
    if (!form) continue;
    const match: PhraseMatch = { start: at.start, end: at.end, form: form.id };
    if (form.nonEquivalent) match.nonEquivalent = true;
    const cue = rejectionCue(ctx, hit.start);
    if (cue) {
      match.rejected = true;
      match.cue = originalSpan(ctx, cue[0], cue[1]);
    }
    const list = byPhrase.get(hit.phrase) ?? [];
    list.push(match);
    byPhrase.set(hit.phrase, list);
  }
  return byPhrase;
}

/** The set phrases found in one text, by phrase index; offsets into the text as given. */
export function findPhrases(compiled: CompiledPhrases, ctx: TextContext): Map<number, PhraseMatch[]> {
  return runSteps(findPhrasesSteps(compiled, ctx));
}

/** Phrases found in either text, in the data file's order (the CLI's `phrases`); pauses after each phrase. */
export function* matchPhrasesSteps(
  compiled: CompiledPhrases,
  sides: readonly [TextContext, TextContext],
): Steps<PhraseResult[]> {
  const found = [yield* findPhrasesSteps(compiled, sides[0]), yield* findPhrasesSteps(compiled, sides[1])];
  const out: PhraseResult[] = [];
  compiled.data.phrases.forEach((phrase, p) => {
    const a = found[0]?.get(p) ?? [];
    const b = found[1]?.get(p) ?? [];
    if (a.length + b.length === 0) return;
    out.push({ id: phrase.id, label: { en: phrase.label.en, zh: phrase.label.zh }, matches: [a, b] });
  });
  return out;
}

/** `matchPhrasesSteps` run to the end. */
export function matchPhrases(
  compiled: CompiledPhrases,
  sides: readonly [TextContext, TextContext],
): PhraseResult[] {
  return runSteps(matchPhrasesSteps(compiled, sides));
}
