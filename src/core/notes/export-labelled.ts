/**
 * The reader's topic corrections as labelled examples for the lexicon: one JSON line per corrected sentence,
 * in the format of `tests/fixtures/labelled/*-sentences.jsonl` (id, lang, style, text, topics), where the
 * topics are the sentence's topics after the reader's verdicts. Pure: the clock comes in as an option.
 */
import type { Comparison } from '../compare/types';
import type { Lang, Meeting } from '../model';
import { anchorNotes } from './anchor';
import { placeCorrections } from './corrections';
import { isCorrection, type Note } from './types';

/** One line of a `*-sentences.jsonl` file. */
export interface LabelledSentence {
  id: string;
  lang: Lang;
  style: string;
  text: string;
  topics: string[];
}

/** The `style` of every example a reader's correction gives (the fixtures name the writing style there). */
export const READER_STYLE = 'reader-correction';

export interface LabelledExportData {
  meeting: Meeting;
  notes: readonly Note[];
  /** The comparison shown: its sentences are the examples, its sides' labels the readout ids. */
  comparison: Comparison;
}

/**
 * The corrected sentences of the texts shown, side by side in reading order. Corrections on texts not shown,
 * or whose sentence is gone, give no example (the reader sees them in the notes panel).
 */
export function labelledSentences(data: LabelledExportData): LabelledSentence[] {
  const { meeting, comparison } = data;
  const ids = comparison.sides.map((s) =>
    s.label && meeting.readouts.some((r) => r.id === s.label) ? s.label : null,
  ) as [string | null, string | null];
  const corrections = data.notes.filter((n) => n.meetingId === meeting.id && isCorrection(n));
  const placed = placeCorrections(comparison, anchorNotes(corrections, meeting.readouts), ids);
  // Verdicts come oldest first: a later one on the same sentence and topic wins.
  const bySentence = new Map<string, { side: 0 | 1; sentence: number; verdicts: Map<string, boolean> }>();
  for (const p of placed) {
    const key = `${p.side}:${p.sentence}`;
    const entry = bySentence.get(key) ?? { side: p.side, sentence: p.sentence, verdicts: new Map() };
    entry.verdicts.set(p.topicId, p.verdict === 'present');
    bySentence.set(key, entry);
  }
  const out: LabelledSentence[] = [];
  for (const { side, sentence, verdicts } of [...bySentence.values()].sort(
    (a, b) => a.side - b.side || a.sentence - b.sentence,
  )) {
    const analysed = comparison.sides[side].sentences.find((s) => s.index === sentence);
    const readoutId = ids[side];
    if (!analysed || !readoutId) continue;
    const topics = analysed.topicIds.filter((id) => verdicts.get(id) !== false);
    for (const [id, present] of verdicts) if (present && !topics.includes(id)) topics.push(id);
    out.push({
      id: `reader-${meeting.id}-${readoutId}-s${sentence + 1}`,
      lang: comparison.sides[side].lang,
      style: READER_STYLE,
      text: analysed.text.trim(),
      topics,
    });
  }
  return out;
}

/** One JSON line, spaced like the fixture files so examples can be pasted into them as they are. */
function jsonLine(item: LabelledSentence): string {
  const fields: [string, unknown][] = [
    ['id', item.id],
    ['lang', item.lang],
    ['style', item.style],
    ['text', item.text],
  ];
  const topics = `[${item.topics.map((t) => JSON.stringify(t)).join(', ')}]`;
  return `{${fields.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}, "topics": ${topics}}`;
}

export interface LabelledFile {
  /** e.g. `reader-labelled-2024-01-10-liu-finer-20261205.jsonl` (the export date keeps batches apart). */
  fileName: string;
  text: string;
  count: number;
}

export function exportLabelled(data: LabelledExportData, options: { now: Date }): LabelledFile {
  const items = labelledSentences(data);
  const day = options.now.toISOString().slice(0, 10).replaceAll('-', '');
  const safeMeeting = data.meeting.id.replace(/[^A-Za-z0-9._-]+/g, '-');
  return {
    fileName: `reader-labelled-${safeMeeting}-${day}.jsonl`,
    text: items.map((item) => `${jsonLine(item)}\n`).join(''),
    count: items.length,
  };
}
