import type { CompiledLexicon, TopicMatch } from '../lexicon/types';
import type { Lang, Side } from '../model';
import { countWords } from '../text/count-words';
import { detectLang } from '../text/detect-lang';
import { type NormalizedText, normalizeText, type TextConverter, toOriginalSpan } from '../text/normalize';
import { type SentenceSpan, segmentSentences } from '../text/segment';
import { findAtmospherics } from './atmospherics';
import { attributeSpeakers, learnNames } from './speaker';
import type {
  AnalyzedSentence,
  AtmosphericHit,
  CompareInput,
  MarkerHit,
  SideAnalysis,
  TopicMention,
} from './types';
import { findStrengthMarkers, strongestLevel } from './wording';

/** A text after normalisation and segmentation, before anything depends on which side issued it. */
export interface PreparedText {
  input: CompareInput;
  lang: Lang;
  norm: NormalizedText;
  spans: SentenceSpan[];
  matches: TopicMatch[];
  /** The lexicon's looser search (`related` patterns), for candidates on a silent side. */
  related: TopicMatch[];
}

/** Everything the later steps (coverage, alignment, diff) need about one side. */
export interface AnalyzedText extends PreparedText {
  analysis: SideAnalysis;
}

export function prepareText(
  input: CompareInput,
  lexicon: CompiledLexicon,
  toSimplified?: TextConverter,
): PreparedText {
  const lang = input.lang ?? detectLang(input.text) ?? 'en';
  // Traditional → Simplified only matters for Chinese; English text is never run through the converter.
  const norm = normalizeText(input.text, { toSimplified: lang === 'zh' ? toSimplified : undefined });
  const spans = segmentSentences(norm.text, lang);
  const matches = norm.text.length > 0 ? [...lexicon.matchTopics(norm.text, lang)] : [];
  matches.sort((x, y) => x.start - y.start || y.end - x.end);
  const related = norm.text.length > 0 ? lexicon.matchRelated(norm.text, lang) : [];
  return { input, lang, norm, spans, matches, related };
}

/** Index of the sentence containing normalised offset `pos`, or -1 (between sentences). */
function sentenceAt(spans: SentenceSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as SentenceSpan;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function groupMatches(spans: SentenceSpan[], matches: readonly TopicMatch[]): TopicMatch[][] {
  const bySentence: TopicMatch[][] = spans.map(() => []);
  for (const m of matches) {
    const i = sentenceAt(spans, m.start);
    if (i >= 0) bySentence[i]?.push(m);
  }
  return bySentence;
}

/** Distinct topic ids in order of first mention (an array scan: a sentence has a handful). */
function distinctTopicIds(topics: readonly TopicMention[]): string[] {
  const ids: string[] = [];
  for (const t of topics) if (!ids.includes(t.topicId)) ids.push(t.topicId);
  return ids;
}

export function analyzePrepared(prepared: PreparedText, side: Side): AnalyzedText {
  const { norm, spans, lang, input } = prepared;
  const local = (base: number, start: number, end: number) => toOriginalSpan(norm, base + start, base + end);
  const sentenceTexts = spans.map((s) => norm.text.slice(s.start, s.end));
  const speakers = attributeSpeakers(
    spans.map((s, i) => ({ text: sentenceTexts[i] as string, paragraph: s.paragraph })),
    lang,
    side,
    learnNames(norm.text, lang),
  );
  const matches = groupMatches(spans, prepared.matches);
  const related = groupMatches(spans, prepared.related);
  const atmospherics: AtmosphericHit[] = [];
  let chars = 0;

  const sentences = spans.map((span, index): AnalyzedSentence => {
    const text = sentenceTexts[index] as string;
    const orig = toOriginalSpan(norm, span.start, span.end);
    chars += orig.end - orig.start;
    // Object literals, not spreads: spreading a span per hit is measurably slow on long texts.
    const mention = (m: TopicMatch): TopicMention => {
      const at = toOriginalSpan(norm, m.start, m.end);
      return { topicId: m.topicId, start: at.start, end: at.end };
    };
    const topics = (matches[index] ?? []).map(mention);
    const topicIds = distinctTopicIds(topics);
    // Words are reported as written (a Traditional 強調 stays 強調), located in the original text.
    const markers: MarkerHit[] = findStrengthMarkers(text, lang).map((h) => {
      const at = local(span.start, h.start, h.end);
      return { start: at.start, end: at.end, word: norm.original.slice(at.start, at.end), level: h.level };
    });
    for (const h of findAtmospherics(text, lang)) {
      const at = local(span.start, h.start, h.end);
      atmospherics.push({
        start: at.start,
        end: at.end,
        id: h.id,
        word: norm.original.slice(at.start, at.end),
      });
    }
    const who = speakers[index];
    const sentence: AnalyzedSentence = {
      index,
      paragraph: span.paragraph,
      start: orig.start,
      end: orig.end,
      text: norm.original.slice(orig.start, orig.end),
      topics,
      topicIds,
      related: (related[index] ?? []).filter((m) => !topicIds.includes(m.topicId)).map(mention),
      speaker: who?.speaker ?? 'unstated',
      strength: strongestLevel(markers),
      markers,
    };
    if (who?.cue) sentence.speakerCue = local(span.start, who.cue.start, who.cue.end);
    if (who?.party) sentence.speakerParty = who.party;
    return sentence;
  });

  const blank = input.text.trim() === '';
  const analysis: SideAnalysis = {
    label: input.label,
    side,
    lang,
    completeness: blank ? 'missing' : (input.completeness ?? 'full'),
    chars,
    words: blank ? 0 : countWords(input.text, lang),
    sentences,
    atmospherics,
  };
  return { ...prepared, analysis };
}
