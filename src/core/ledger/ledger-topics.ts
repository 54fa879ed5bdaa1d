import { withAncestors } from '../compare/evidence';
import type {
  AbsenceReason,
  AnalyzedSentence,
  Comparison,
  SideAnalysis,
  TopicStatus,
} from '../compare/types';
import type { CompiledLexicon } from '../lexicon/types';
import type { Bilingual } from '../model';

/*
 * The topics of a meeting as the ledger keeps them: status, why a side is silent, and the sentence an analyst
 * would quote on each side (from the engine's `TopicCoverage.evidence`; for "possibly both", the candidate).
 */

export interface LedgerSentence {
  index: number;
  /** Offsets into that side's text. */
  start: number;
  end: number;
  text: string;
}

export interface LedgerTopic {
  id: string;
  label: Bilingual | null;
  status: TopicStatus;
  counts: [number, number];
  absence: [AbsenceReason | null, AbsenceReason | null];
  sentences: [number[], number[]];
  candidates: [number[], number[]];
  /** The first sentence of each side that shows the topic (a candidate where it only possibly does). */
  quote: [LedgerSentence | null, LedgerSentence | null];
  /** The same topic in each side's translation (the other language), when translations were given. */
  translatedQuote?: [LedgerSentence | null, LedgerSentence | null];
}

const quoteOf = (s: AnalyzedSentence | undefined): LedgerSentence | null =>
  s ? { index: s.index, start: s.start, end: s.end, text: s.text } : null;

function inTranslation(
  side: SideAnalysis | null | undefined,
  id: string,
  lexicon?: CompiledLexicon,
): LedgerSentence | null {
  if (!side) return null;
  const mentions = (topicId: string) => (lexicon ? withAncestors(topicId, lexicon) : [topicId]).includes(id);
  return quoteOf(side.sentences.find((s) => s.topicIds.some(mentions)));
}

export function ledgerTopics(
  comparison: Comparison,
  lexicon?: CompiledLexicon,
  translations?: readonly [SideAnalysis | null, SideAnalysis | null],
): LedgerTopic[] {
  return comparison.topics.map((t) => {
    const pick = (i: 0 | 1) => {
      const first = t.evidence.sentences[i][0] ?? t.evidence.candidates[i][0];
      return first === undefined ? null : quoteOf(comparison.sides[i].sentences[first]);
    };
    const topic: LedgerTopic = {
      id: t.id,
      label: lexicon?.topicById.get(t.id)?.label ?? null,
      status: t.status,
      counts: [t.counts[0], t.counts[1]],
      absence: [t.absence[0], t.absence[1]],
      sentences: [[...t.evidence.sentences[0]], [...t.evidence.sentences[1]]],
      candidates: [[...t.evidence.candidates[0]], [...t.evidence.candidates[1]]],
      quote: [pick(0), pick(1)],
    };
    if (translations) {
      topic.translatedQuote = [
        t.counts[0] > 0 ? inTranslation(translations[0], t.id, lexicon) : null,
        t.counts[1] > 0 ? inTranslation(translations[1], t.id, lexicon) : null,
      ];
    }
    return topic;
  });
}
