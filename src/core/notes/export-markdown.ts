/**
 * Comparison notes for one meeting as Markdown, ready to paste into a brief or a newsletter: the meeting,
 * both sides' sources, the topics only one side mentions (with their evidence), the biggest emphasis gaps,
 * the reader's topic corrections, then every note with its quote, side, kind and citation. Pure: the clock and
 * the language come in as options.
 */
import type { Comparison } from '../compare/types';
import type { TopicDefinition } from '../lexicon/types';
import type { Lang, Meeting, Side } from '../model';
import { byCodeUnits } from '../text/code-unit-order';
import { type AnchoredNote, anchorNotes } from './anchor';
import { exportLabels } from './export-labels';
import { correctionsSection } from './export-markdown-corrections';
import { topicTables } from './export-markdown-topics';
import { type MarkdownCtx as Ctx, citation, pick, sourceLine } from './markdown-context';
import { mdInline, mdParagraphs, mdQuote } from './markdown-text';
import { isCorrection, type Note, type NoteTarget } from './types';

export interface MarkdownExportData {
  meeting: Meeting;
  notes: readonly Note[];
  /**
   * The comparison shown in the reader (with the reader's verdicts applied); without it the two topic tables
   * are left out (and say so).
   */
  comparison?: Comparison | null;
  /** Topic labels (the lexicon's); ids are shown where a topic is not listed. */
  topics?: readonly TopicDefinition[];
}

export interface MarkdownExportOptions {
  now: Date;
  lang: Lang;
  /** How many emphasis gaps to list (default 5). */
  maxGaps?: number;
}

const SIDES: readonly Side[] = ['cn', 'us'];

function header(meeting: Meeting, now: Date, c: Ctx): string[] {
  const { L, lang } = c;
  const lines = [`# ${L.notesOn}: ${mdInline(pick(meeting.title, lang))}`, ''];
  lines.push(`- ${L.date}: ${meeting.date}${meeting.endDate ? ` – ${meeting.endDate}` : ''}`);
  if (meeting.place) lines.push(`- ${L.place}: ${mdInline(pick(meeting.place, lang))}`);
  lines.push(`- ${L.format}: ${L.formats[meeting.format]}`);
  for (const side of SIDES) {
    const people = meeting.participants
      .filter((p) => p.side === side)
      .map((p) => `${pick(p.name, lang)}${pick(p.title, lang) ? ` (${pick(p.title, lang)})` : ''}`);
    if (people.length > 0) lines.push(`- ${L.participants}, ${L.side[side]}: ${mdInline(people.join('; '))}`);
  }
  lines.push(`- ${L.exported}: ${now.toISOString()} (${L.generator})`, '');
  return lines;
}

function sources(meeting: Meeting, compared: ReadonlySet<string>, c: Ctx): string[] {
  const lines = [`## ${c.L.sources}`, ''];
  for (const side of SIDES) {
    lines.push(`### ${c.L.sideReadout[side]}`, '');
    // The texts the comparison was made on come first, marked as such.
    const texts = meeting.readouts
      .filter((x) => x.side === side)
      .sort((x, y) => Number(compared.has(y.id)) - Number(compared.has(x.id)));
    for (const r of texts)
      lines.push(`- ${compared.has(r.id) ? `**${c.L.compared}** · ` : ''}${citation(r, c)}`);
    for (const m of meeting.missing.filter((x) => x.side === side)) {
      lines.push(`- ${mdInline(pick(m.issuer, c.lang))}: ${c.L.missingReadout}`);
    }
    lines.push('');
  }
  return lines;
}

function targetLines(t: AnchoredNote['targets'][number], c: Ctx): string[] {
  const r = c.readout(t.target.readoutId);
  const who = `**${c.L.side[t.target.side]}**${r ? ` · ${mdInline(pick(r.issuer, c.lang))}` : ''}`;
  const lines = [
    t.match ? who : `${who} · *${c.L.orphaned}*`,
    '',
    mdQuote(t.target.selectors.quote.exact),
    '',
  ];
  if (!t.match) lines.push(`*${c.L.orphanedNote}*`, '');
  lines.push(sourceLine(t.target.readoutId, c), '');
  return lines;
}

function noteSection(a: AnchoredNote, n: number, c: Ctx): string[] {
  const { note } = a;
  const sides = note.targets.map((t: NoteTarget) => c.L.side[t.side]).join(` ${c.L.linked} `);
  const title = [
    c.L.kinds[note.kind],
    sides,
    note.topicId ? `${c.L.topic}: ${c.topicLabel(note.topicId)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const lines = [`### ${n}. ${mdInline(title)}`, ''];
  for (const t of a.targets) lines.push(...targetLines(t, c));
  if (note.body.trim()) lines.push(mdParagraphs(note.body.trim()), '');
  return lines;
}

/** Reading order: by readout (as the meeting lists them), then position; orphans last. */
function readingOrder(meeting: Meeting, notes: AnchoredNote[]): AnchoredNote[] {
  const order = new Map(meeting.readouts.map((r, i) => [r.id, i]));
  const key = (a: AnchoredNote): [number, number, number] => {
    const first = a.targets.find((t) => t.match) ?? a.targets[0];
    if (!first?.match) return [1, 0, 0];
    return [0, order.get(first.target.readoutId) ?? 0, first.match.start];
  };
  return [...notes].sort((x, y) => {
    const [a, b] = [key(x), key(y)];
    return (
      a[0] - b[0] ||
      a[1] - b[1] ||
      a[2] - b[2] ||
      byCodeUnits(x.note.created, y.note.created) ||
      byCodeUnits(x.note.id, y.note.id)
    );
  });
}

export function exportMarkdown(data: MarkdownExportData, options: MarkdownExportOptions): string {
  const { meeting } = data;
  const labels = new Map((data.topics ?? []).map((t) => [t.id, t.label]));
  const readouts = new Map(meeting.readouts.map((r) => [r.id, r]));
  const c: Ctx = {
    lang: options.lang,
    L: exportLabels(options.lang),
    topicLabel: (id) => {
      const label = labels.get(id);
      return label ? pick(label, options.lang) : id;
    },
    readout: (id) => readouts.get(id),
  };
  const ordered = readingOrder(
    meeting,
    anchorNotes(
      data.notes.filter((n) => n.meetingId === meeting.id),
      meeting.readouts,
    ),
  );
  // Corrections of the topic tagger are not comments: they have their own section.
  const notes = ordered.filter((a) => !isCorrection(a.note));
  const lines = [
    ...header(meeting, options.now, c),
    ...sources(meeting, new Set(data.comparison?.sides.map((x) => x.label ?? '') ?? []), c),
    ...topicTables(data.comparison, options.maxGaps ?? 5, c),
    ...correctionsSection(ordered, c),
    `## ${c.L.notes} (${notes.length})`,
    '',
  ];
  if (notes.length === 0) lines.push(c.L.noNotes, '');
  notes.forEach((a, i) => {
    lines.push(...noteSection(a, i + 1, c));
  });
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
