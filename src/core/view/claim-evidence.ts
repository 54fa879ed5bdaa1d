import { withAncestors } from '../compare/evidence';
import type { Span, TopicCoverage, TopicMention, TopicStatus, Verdict } from '../compare/types';
import type { CompiledLexicon } from '../lexicon/types';
import type { Completeness } from '../model';

/*
 * The evidence a topic's claim rests on, as the toggletip beside the claim shows it: on each side either the
 * sentences that mention the topic (matched words marked), or the candidates the looser search found (cue words
 * marked, for the reader to confirm or reject), or why there is nothing (no mention found, an excerpt, no
 * readout). Works on a full comparison (the reader) and on the list's text-free skeleton, where only some
 * sentences come with their text.
 */

/** What claim-evidence needs of a sentence: `text` may be absent where only the skeleton is at hand. */
interface EvidenceSentence extends Span {
  index: number;
  text?: string | null;
  topics: readonly TopicMention[];
  verdicts?: Readonly<Record<string, Verdict>>;
}

export interface EvidenceSideInput {
  completeness: Completeness | 'missing';
  sentences: readonly EvidenceSentence[];
}

export interface QuotePart {
  text: string;
  /** `topic`: words the tagger matched; `cue`: words the looser search matched. */
  mark: 'topic' | 'cue' | null;
}

export interface EvidenceQuote {
  side: 0 | 1;
  sentence: number;
  /** The sentence in parts, marked words apart; null when its text is not at hand. */
  parts: QuotePart[] | null;
  /** The reader said this sentence mentions the topic (there is no tagger match to mark). */
  byReader: boolean;
}

export type SideEvidence =
  | { kind: 'mentions'; count: number; quotes: EvidenceQuote[] }
  | { kind: 'candidates'; quotes: EvidenceQuote[] }
  /** `rejected`: sentences of this side the reader said do not mention the topic. */
  | { kind: 'none'; completeness: Completeness | 'missing'; rejected: number };

export interface ClaimEvidence {
  topicId: string;
  status: TopicStatus;
  sides: [SideEvidence, SideEvidence];
  checked: boolean;
}

/** Quotes longer than this are cut around their first marked words. */
const MAX_QUOTE_CHARS = 320;
/** Sentences quoted per side; the rest are counted. */
const MAX_QUOTES = 3;

/** Cuts `text` to about `max` characters around `focus` (offsets local to `text`), with ellipses. */
function around(text: string, focus: number, max: number): { from: number; to: number } {
  if (text.length <= max) return { from: 0, to: text.length };
  const from = Math.max(0, Math.min(focus - Math.floor(max / 3), text.length - max));
  return { from, to: Math.min(text.length, from + max) };
}

/**
 * A sentence's text in parts, `marks` (offsets into the readout) set apart. `start` is the sentence's offset
 * in the readout. Long sentences are cut around the first mark.
 */
export function quoteParts(
  text: string,
  start: number,
  marks: readonly Span[],
  mark: 'topic' | 'cue',
  max = MAX_QUOTE_CHARS,
): QuotePart[] {
  const local = marks
    .map((m) => ({ start: Math.max(0, m.start - start), end: Math.min(text.length, m.end - start) }))
    .filter((m) => m.end > m.start)
    .sort((x, y) => x.start - y.start);
  const { from, to } = around(text, local[0]?.start ?? 0, max);
  const parts: QuotePart[] = [];
  let at = from;
  for (const m of local) {
    const s = Math.max(m.start, at);
    const e = Math.min(m.end, to);
    if (e <= s) continue;
    if (s > at) parts.push({ text: text.slice(at, s), mark: null });
    parts.push({ text: text.slice(s, e), mark });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: null });
  if (from > 0) parts.unshift({ text: '…', mark: null });
  if (to < text.length) parts.push({ text: '…', mark: null });
  return parts;
}

function mentionQuote(
  side: 0 | 1,
  sentence: EvidenceSentence,
  topicId: string,
  lexicon: CompiledLexicon,
): EvidenceQuote {
  const marks = sentence.topics.filter((m) => withAncestors(m.topicId, lexicon).includes(topicId));
  return {
    side,
    sentence: sentence.index,
    parts:
      typeof sentence.text === 'string' ? quoteParts(sentence.text, sentence.start, marks, 'topic') : null,
    byReader: marks.length === 0 && sentence.verdicts?.[topicId] === 'present',
  };
}

function sideEvidence(
  side: 0 | 1,
  topic: TopicCoverage,
  input: EvidenceSideInput,
  lexicon: CompiledLexicon,
): SideEvidence {
  const byIndex = (i: number) => input.sentences[i];
  const mentions = topic.evidence.sentences[side];
  if (mentions.length > 0) {
    const quotes = mentions.slice(0, MAX_QUOTES).flatMap((i) => {
      const s = byIndex(i);
      return s ? [mentionQuote(side, s, topic.id, lexicon)] : [];
    });
    return { kind: 'mentions', count: mentions.length, quotes };
  }
  const candidates = topic.evidence.candidates[side];
  if (candidates.length > 0) {
    const cues = topic.evidence.cues[side];
    const quotes = candidates.flatMap((i, k) => {
      const s = byIndex(i);
      if (!s) return [];
      const cue = cues[k];
      const parts = typeof s.text === 'string' ? quoteParts(s.text, s.start, cue ? [cue] : [], 'cue') : null;
      return [{ side, sentence: i, parts, byReader: false }];
    });
    return { kind: 'candidates', quotes };
  }
  const rejected = input.sentences.filter((s) => s.verdicts?.[topic.id] === 'absent').length;
  return { kind: 'none', completeness: input.completeness, rejected };
}

/**
 * The evidence of a topic's claim, side by side. Every status has some (a topic both sides mention shows both
 * sides' sentences), though the page offers it for one-sided, possibly-both and reader-checked topics.
 */
export function claimEvidence(
  topic: TopicCoverage,
  sides: readonly [EvidenceSideInput, EvidenceSideInput],
  lexicon: CompiledLexicon,
): ClaimEvidence {
  return {
    topicId: topic.id,
    status: topic.status,
    sides: [sideEvidence(0, topic, sides[0], lexicon), sideEvidence(1, topic, sides[1], lexicon)],
    checked: topic.checked === true,
  };
}

/** The sentences whose text the evidence of these topics needs (to ship with a text-free index). */
export function evidenceSentences(topics: readonly TopicCoverage[]): [Set<number>, Set<number>] {
  const out: [Set<number>, Set<number>] = [new Set(), new Set()];
  for (const topic of topics) {
    if (topic.status === 'both') continue;
    for (const side of [0, 1] as const) {
      for (const i of topic.evidence.sentences[side].slice(0, MAX_QUOTES)) out[side].add(i);
      for (const i of topic.evidence.candidates[side]) out[side].add(i);
    }
  }
  return out;
}
