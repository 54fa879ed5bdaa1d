import { describeGlance } from '../ledger/describe-glance';
import * as cells from '../ledger/ledger-fact-cells';
import { LEDGER_LABELS, sideNames } from '../ledger/ledger-labels';
import { type LedgerRow, ledgerRows } from '../ledger/ledger-rows';
import { mdLine, mdTable } from '../ledger/markdown-cell';
import type { MeetingLedger } from '../ledger/meeting-ledger';
import type { Lang, Side } from '../model';

/*
 * The copy-ready ledger of one meeting (issue 12, item 6): facts, how the sides word set phrases, the phrases,
 * the commitments, and the topics only one side mentions with the sentence that shows each — in the other
 * language too where the meeting has a translation. One plain structure, written out as Markdown here and as
 * an HTML table by the page (from text nodes), so both clipboard formats say the same. Pure: the clock is
 * passed in.
 */

export interface CopyTable {
  head: string[];
  rows: string[][];
}

export interface CopySection {
  heading: string;
  lines: string[];
  table: CopyTable | null;
}

export interface LedgerCopyDoc {
  title: string;
  sections: CopySection[];
  footer: string;
}

export interface CopyOptions {
  lang: Lang;
  now: Date;
}

const COPY_LABELS: Record<Lang, { translated: string }> = {
  en: { translated: 'Evidence in the other language' },
  zh: { translated: '另一语言的依据' },
};

function factLines(ledger: MeetingLedger, texts: cells.Texts, names: [string, string], lang: Lang): string[] {
  const labels = LEDGER_LABELS[lang];
  const f = ledger.facts;
  const sep = lang === 'zh' ? '：' : ': ';
  let format = labels.notStated;
  if (f.format.value) {
    const from = cells.formatSources(f, texts, labels);
    format = `${labels.format[f.format.value]}${from.length > 0 ? ` (${from.join('; ')})` : ''}`;
  }
  const asked = cells.askedText(f, texts, names, labels);
  const [a, b] = f.lengths;
  const units = lang === 'zh' ? ['段', '句', '字'] : ['paragraphs', 'sentences', 'characters'];
  const pairs = [
    `${a.paragraphs} / ${b.paragraphs} ${units[0]}`,
    `${a.sentences} / ${b.sentences} ${units[1]}`,
    ...(f.ratio.sameLanguage ? [`${a.chars} / ${b.chars} ${units[2]}`] : []),
  ];
  const notes = cells.ratioNotes(f, labels);
  const ratio = `${names[0]} / ${names[1]}${sep}${pairs.join(', ')}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
  return [
    `${labels.formatLine}${sep}${format}`,
    `${labels.askedLine}${sep}${asked}`,
    `${labels.ratioLine}${sep}${ratio}`,
  ];
}

/** A missing readout is said as such; else the issuer (the Markdown export says both). */
const channelCell: cells.ChannelCell = (c, labels, lang) => {
  if (c.missing) return labels.absence['readout-missing'];
  return c.issuer ? `${c.issuer[lang]}${cells.viaText(c, labels, lang)}` : labels.notStated;
};

function factsTable(
  ledger: MeetingLedger,
  texts: cells.Texts,
  names: [string, string],
  lang: Lang,
): CopyTable {
  const labels = LEDGER_LABELS[lang];
  return {
    head: [labels.fact, names[0], names[1]],
    rows: cells.sideFactRows(ledger.facts, texts, lang, channelCell),
  };
}

function topicTable(ledger: MeetingLedger, rows: readonly LedgerRow[], names: [string, string], lang: Lang) {
  const labels = LEDGER_LABELS[lang];
  const oneSided = ledger.topics.filter((t) => t.status !== 'both');
  if (oneSided.length === 0) return null;
  const byId = new Map(rows.filter((r) => r.kind === 'topic').map((r) => [r.item, r]));
  const body = oneSided.flatMap((t) => {
    const row = byId.get(t.id);
    if (!row) return [];
    // The evidence is the sentence of the side that mentions the topic, not the other side's candidate.
    const sure: 0 | 1 = t.counts[0] > 0 ? 0 : 1;
    return [
      [row.label, row.cells[0], row.cells[1], row.evidence[sure], t.translatedQuote?.[sure]?.text ?? ''],
    ];
  });
  const translated = body.some((r) => r[4] !== '');
  return {
    head: [
      labels.topic,
      names[0],
      names[1],
      labels.evidence,
      ...(translated ? [COPY_LABELS[lang].translated] : []),
    ],
    rows: translated ? body : body.map((r) => r.slice(0, 4)),
  };
}

export function ledgerCopyDoc(
  ledger: MeetingLedger,
  texts: cells.Texts,
  options: CopyOptions,
): LedgerCopyDoc {
  const { lang } = options;
  const labels = LEDGER_LABELS[lang];
  const parties: [Side | null, Side | null] = [ledger.sides[0].side, ledger.sides[1].side];
  const names = sideNames(parties, lang);
  const rows = ledgerRows({ ledger, texts }, lang);
  const sections: CopySection[] = [
    {
      heading: labels.facts,
      lines: factLines(ledger, texts, names, lang),
      table: factsTable(ledger, texts, names, lang),
    },
  ];
  if (ledger.glance.length > 0) {
    sections.push({
      heading: labels.glance,
      lines: ledger.glance.map((g) => describeGlance(g, parties, lang)),
      table: null,
    });
  }
  const kindTable = (kind: LedgerRow['kind'], first: string): CopyTable | null => {
    const picked = rows.filter((r) => r.kind === kind);
    if (picked.length === 0) return null;
    return { head: [first, names[0], names[1]], rows: picked.map((r) => [r.label, r.cells[0], r.cells[1]]) };
  };
  const phrases = kindTable('phrase', labels.phrase);
  if (phrases) sections.push({ heading: labels.phrases, lines: [], table: phrases });
  const commitments = kindTable('commitment', labels.assurance);
  if (commitments) sections.push({ heading: labels.commitments, lines: [], table: commitments });
  const topics = topicTable(ledger, rows, names, lang);
  if (topics) sections.push({ heading: labels.topics, lines: [], table: topics });
  const meeting = ledger.meeting;
  return {
    title: meeting ? `${labels.title}: ${meeting.title[lang]} (${meeting.date})` : labels.title,
    sections,
    footer: labels.generated(options.now.toISOString()),
  };
}

/** The document as Markdown: every piece of text escaped (a readout sentence can make no markup). */
export function copyDocMarkdown(doc: LedgerCopyDoc): string {
  const out = [`## ${mdLine(doc.title)}`, ''];
  for (const section of doc.sections) {
    out.push(`### ${mdLine(section.heading)}`, '');
    if (section.lines.length > 0) out.push(...section.lines.map((l) => `- ${mdLine(l)}`), '');
    if (section.table) out.push(mdTable(section.table.head, section.table.rows), '');
  }
  out.push(`_${mdLine(doc.footer)}_`, '');
  return out.join('\n');
}

/** A download name for one meeting's ledger. */
export function copyDocFileName(meetingId: string | null, now: Date): string {
  const id = (meetingId ?? 'meeting').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'meeting';
  return `ledger-${id}-${now.toISOString().slice(0, 10)}.md`;
}
