import type { Comparison, SideAnalysis, Span } from '../compare/types';
import type { CompiledLexicon } from '../lexicon/types';
import type { Bilingual, Meeting, MeetingFormat, Side } from '../model';
import { runSteps, type Steps } from '../steps/steps';
import type { TextConverter } from '../text/normalize';
import type { CompiledCommitments, CompiledPhrases } from './compile-data';
import { type EventFacts, eventFacts } from './facts';
import { type LedgerTopic, ledgerTopics } from './ledger-topics';
import { type CommitmentListResult, matchCommitmentsSteps } from './match-commitments';
import { matchPhrasesSteps, type PhraseResult } from './match-phrases';
import { type PhraseGlanceItem, phraseGlance } from './phrase-glance';
import { textContext } from './text-context';

/*
 * The analyst's ledger of one meeting: event facts, set phrases (with the glance over those the sides word
 * differently), the commitments tracker and the topics with their evidence sentences. One pure function, one
 * plain JSON-serialisable object, shared by the reader's panels, the CLI and the exports.
 */

export const LEDGER_VERSION = 1;

export interface LedgerSide {
  label: string | null;
  side: Side | null;
  lang: SideAnalysis['lang'];
  completeness: SideAnalysis['completeness'];
  readoutId: string | null;
}

export interface MeetingLedger {
  version: typeof LEDGER_VERSION;
  meeting: { id: string; date: string; title: Bilingual; format: MeetingFormat } | null;
  sides: [LedgerSide, LedgerSide];
  facts: EventFacts;
  /** Every set phrase found in either text, in the data file's order; `matches[i]` offsets into side i's text. */
  phrases: PhraseResult[];
  glance: PhraseGlanceItem[];
  commitments: CommitmentListResult[];
  topics: LedgerTopic[];
  /** Offsets of each side's sentences, so every `sentence` index above resolves to its words. */
  sentences: [Span[], Span[]];
}

export interface LedgerInput {
  comparison: Comparison;
  /** The two texts the comparison was made of (offsets everywhere point into these). */
  texts: readonly [string, string];
  phrases: CompiledPhrases;
  commitments: CompiledCommitments;
  meeting?: Meeting;
  /** Ids of the compared readout texts in `meeting`, for the channel facts. */
  readoutIds?: readonly [string | null, string | null];
  /** For topic labels and sub-topics. */
  lexicon?: CompiledLexicon;
  /** Each side's translation into the other language, analysed, for evidence sentences in both languages. */
  translations?: readonly [SideAnalysis | null, SideAnalysis | null];
  /** Traditional → Simplified, as given to the engine. */
  toSimplified?: TextConverter;
}

const spansOf = (side: SideAnalysis): Span[] => side.sentences.map((s) => ({ start: s.start, end: s.end }));

/** Index of the sentence of `side` holding offset `at`, or undefined between sentences. */
function sentenceAt(side: SideAnalysis, at: number): number | undefined {
  return side.sentences.find((s) => s.start <= at && at < s.end)?.index;
}

/** Gives every phrase and commitment match the index of its sentence, so a cell can open it in the reader. */
function locate(
  sides: readonly [SideAnalysis, SideAnalysis],
  matches: readonly (readonly { start: number; sentence?: number }[])[],
) {
  matches.forEach((list, i) => {
    const side = sides[i as 0 | 1];
    for (const m of list) {
      const index = sentenceAt(side, m.start);
      if (index !== undefined) m.sentence = index;
    }
  });
}

/**
 * The ledger made in steps: it pauses between phrases, commitment lists and parts, so a page can let the
 * browser paint and answer input meanwhile (the first search of each phrase compiles its regexes).
 */
export function* meetingLedgerSteps(input: LedgerInput): Steps<MeetingLedger> {
  const { comparison, texts, meeting } = input;
  const [a, b] = comparison.sides;
  const contexts = [
    textContext(texts[0], a.lang, input.toSimplified),
    textContext(texts[1], b.lang, input.toSimplified),
  ] as const;
  yield;
  const side = (s: SideAnalysis, i: 0 | 1): LedgerSide => ({
    label: s.label ?? null,
    side: s.side ?? null,
    lang: s.lang,
    completeness: s.completeness,
    readoutId: input.readoutIds?.[i] ?? null,
  });
  const phrases = yield* matchPhrasesSteps(input.phrases, contexts);
  const commitments = yield* matchCommitmentsSteps(input.commitments, contexts, comparison.sides);
  for (const p of phrases) locate(comparison.sides, p.matches);
  for (const list of commitments) for (const item of list.items) locate(comparison.sides, item.matches);
  const facts = eventFacts({ comparison, texts, contexts, meeting, readoutIds: input.readoutIds });
  yield;
  const glance = phraseGlance(phrases, input.phrases.data, texts, comparison.sides);
  yield;
  const topics = ledgerTopics(comparison, input.lexicon, input.translations);
  return {
    version: LEDGER_VERSION,
    meeting: meeting
      ? { id: meeting.id, date: meeting.date, title: { ...meeting.title }, format: meeting.format }
      : null,
    sides: [side(a, 0), side(b, 1)],
    facts,
    phrases,
    glance,
    commitments,
    topics,
    sentences: [spansOf(a), spansOf(b)],
  };
}

export function meetingLedger(input: LedgerInput): MeetingLedger {
  return runSteps(meetingLedgerSteps(input));
}
