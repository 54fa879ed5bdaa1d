import type { EventFacts } from '../ledger/facts';
import type { CommitmentListResult } from '../ledger/match-commitments';
import type { PhraseResult } from '../ledger/match-phrases';
import type { MeetingLedger } from '../ledger/meeting-ledger';
import type { PhraseGlanceItem } from '../ledger/phrase-glance';
import type { Bilingual } from '../model';
import type { AlignmentRow, Comparison, RowDiff, SideAnalysis, TopicCoverage } from './types';

/** What a file or form says about a text besides the text itself (all optional, as written). */
export interface ReadoutMeta {
  file?: string;
  issuer?: string;
  title?: string;
  date?: string;
  source?: string;
}

interface ReportSide {
  file?: string;
  side?: SideAnalysis['side'];
  sideBasis?: SideAnalysis['sideBasis'];
  lang: SideAnalysis['lang'];
  chars: number;
  sentences: number;
  completeness: SideAnalysis['completeness'];
  issuer?: string;
  title?: string;
  date?: string;
  source?: string;
  atmospherics: Array<{ id: string; word: string; start: number; end: number }>;
  /** The text as compared: every offset in the report (sentences, facts, phrases …) points into it. */
  text?: string;
}

interface ReportTopic extends TopicCoverage {
  label?: Bilingual;
}

interface ReportSentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  topicIds: string[];
  speaker: string;
  speakerParty?: string;
  strength: string;
  markers: string[];
}

/** The comparison as one JSON-ready document (the `compare --format json` output). */
export interface ComparisonReport {
  sides: [ReportSide, ReportSide];
  /** Whether the shares compare like with like (both full texts of ≥ 3 sentences); see `Comparison`. */
  comparable: boolean;
  topics: ReportTopic[];
  /** The ledger's event facts (lengths, who asked for the call, first speaker, speaker shares, format). */
  facts?: EventFacts;
  /** Set phrases found in either text; `matches[i]` are offsets into side i's text. */
  phrases?: PhraseResult[];
  /** The phrases the sides word differently or only one side uses. */
  glance?: PhraseGlanceItem[];
  /** Every tracked assurance, listed, negated or absent on each side. */
  commitments?: CommitmentListResult[];
  alignment: AlignmentRow[];
  sentences: [ReportSentence[], ReportSentence[]];
  diffs: RowDiff[] | null;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function reportSide(side: SideAnalysis, meta: ReadoutMeta): ReportSide {
  return {
    file: meta.file,
    side: side.side,
    sideBasis: side.sideBasis,
    lang: side.lang,
    chars: side.chars,
    sentences: side.sentences.length,
    completeness: side.completeness,
    issuer: meta.issuer,
    title: meta.title,
    date: meta.date,
    source: meta.source,
    atmospherics: side.atmospherics.map((a) => ({ id: a.id, word: a.word, start: a.start, end: a.end })),
  };
}

function reportSentences(side: SideAnalysis): ReportSentence[] {
  return side.sentences.map((s) => ({
    index: s.index,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    text: s.text,
    topicIds: s.topicIds,
    speaker: s.speaker,
    speakerParty: s.speakerParty,
    strength: s.strength,
    markers: s.markers.map((m) => m.word),
  }));
}

/** The meeting's ledger for the report, made of the same comparison, and the texts compared. */
export interface ReportLedger {
  ledger: MeetingLedger;
  /** When given, each side's text is in the report (`sides[i].text`), so every offset can be checked. */
  texts?: readonly [string, string];
}

/**
 * Shapes a comparison for JSON output: shares rounded to 4 places, positions to 3, labels attached; with a
 * ledger, its facts, phrases, glance and commitments (the contract's `facts` and `phrases`).
 */
export function comparisonReport(
  comparison: Comparison,
  meta: [ReadoutMeta, ReadoutMeta],
  labelOf: (id: string) => Bilingual | undefined = () => undefined,
  extra?: ReportLedger,
): ComparisonReport {
  const [a, b] = comparison.sides;
  const sides: [ReportSide, ReportSide] = [reportSide(a, meta[0]), reportSide(b, meta[1])];
  if (extra?.texts) {
    sides[0].text = extra.texts[0];
    sides[1].text = extra.texts[1];
  }
  const ledger = extra?.ledger;
  return {
    sides,
    comparable: comparison.comparable,
    topics: comparison.topics.map(({ id, ...t }) => ({
      id,
      label: labelOf(id),
      ...t,
      shares: [round(t.shares[0], 4), round(t.shares[1], 4)],
      firstPosition: t.firstPosition.map((p) => (p === null ? null : round(p, 3))) as [
        number | null,
        number | null,
      ],
    })),
    ...(ledger
      ? {
          facts: ledger.facts,
          phrases: ledger.phrases,
          glance: ledger.glance,
          commitments: ledger.commitments,
        }
      : {}),
    alignment: comparison.alignment,
    sentences: [reportSentences(a), reportSentences(b)],
    diffs: comparison.diffs,
  };
}
