import type { Lang, Side } from '../model';
import { describeGlance } from './describe-glance';
import * as cells from './ledger-fact-cells';
import { LEDGER_LABELS, sideNames } from './ledger-labels';
import { type LedgerRow, ledgerRows } from './ledger-rows';
import { mdLine, mdTable } from './markdown-cell';
import type { MeetingLedger } from './meeting-ledger';

/*
 * The ledger as Markdown, ready for a newsletter: the meeting's facts, the glance over set phrases, the phrases,
 * the commitments and the topics only one side mentions, with the words that show each. Every piece of text from
 * a readout or a data file goes through `mdCell` / `mdLine`. Pure: the clock is passed in.
 */

export interface MarkdownOptions {
  lang: Lang;
  now: Date;
}

function factLines(ledger: MeetingLedger, texts: cells.Texts, names: [string, string], lang: Lang): string[] {
  const labels = LEDGER_LABELS[lang];
  const f = ledger.facts;
  const sep = lang === 'zh' ? '：' : ': ';
  const format = f.format.value
    ? `${labels.format[f.format.value]} (${cells.formatSources(f, texts, labels).join('; ')})`
    : labels.notStated;
  const asked = cells.askedText(f, texts, names, labels);
  const r = f.ratio;
  const figure = (v: number | null, unit: string) => `${v ?? '—'} (${unit})`;
  const unitNames = lang === 'zh' ? ['字', '句', '段'] : ['characters', 'sentences', 'paragraphs'];
  const notes = cells.ratioNotes(f, labels);
  const ratio =
    `(${names[0]} ÷ ${names[1]})${sep}` +
    [
      figure(r.chars, unitNames[0] ?? ''),
      figure(r.sentences, unitNames[1] ?? ''),
      figure(r.paragraphs, unitNames[2] ?? ''),
    ].join(', ') +
    (notes.length > 0 ? ` — ${notes.join('; ')}` : '');
  return [
    `- ${mdLine(`${labels.formatLine}${sep}${format}`)}`,
    `- ${mdLine(`${labels.askedLine}${sep}${asked}`)}`,
    `- ${mdLine(`${labels.ratioLine} ${ratio}`)}`,
  ];
}

/** The issuer, and that the readout is missing when it is (the copy-ready document says only the latter). */
const channelCell: cells.ChannelCell = (c, labels, lang) =>
  c.issuer
    ? `${c.issuer[lang]}${c.missing ? ` — ${labels.absence['readout-missing']}` : cells.viaText(c, labels, lang)}`
    : labels.notStated;

function sideTable(ledger: MeetingLedger, texts: cells.Texts, names: [string, string], lang: Lang): string {
  const labels = LEDGER_LABELS[lang];
  return mdTable(
    [labels.fact, names[0], names[1]],
    cells.sideFactRows(ledger.facts, texts, lang, channelCell),
  );
}

export function ledgerMarkdown(ledger: MeetingLedger, texts: cells.Texts, options: MarkdownOptions): string {
  const { lang } = options;
  const labels = LEDGER_LABELS[lang];
  const parties: [Side | null, Side | null] = [ledger.sides[0].side, ledger.sides[1].side];
  const names = sideNames(parties, lang);
  const title = ledger.meeting ? `${ledger.meeting.title[lang]} (${ledger.meeting.date})` : '';
  const out = [
    `## ${mdLine(title ? `${labels.title}: ${title}` : labels.title)}`,
    '',
    `### ${labels.facts}`,
    '',
  ];
  out.push(...factLines(ledger, texts, names, lang), '', sideTable(ledger, texts, names, lang), '');
  if (ledger.glance.length > 0) {
    out.push(
      `### ${labels.glance}`,
      '',
      ...ledger.glance.map((g) => `- ${mdLine(describeGlance(g, parties, lang))}`),
      '',
    );
  }
  const rows = ledgerRows({ ledger, texts }, lang);
  // A one-sided topic's evidence is the sentence of the side that mentions it, not the other side's candidate.
  const sure = new Map(ledger.topics.map((t) => [t.id, t.counts[0] > 0 ? 0 : 1] as const));
  const evidenceOf = (r: LedgerRow) =>
    r.kind === 'topic' ? r.evidence[sure.get(r.item) ?? 0] : r.evidence[0] || r.evidence[1];
  const section = (
    heading: string,
    kind: LedgerRow['kind'],
    first: string,
    keep: (r: LedgerRow) => boolean,
    evidence: boolean,
  ) => {
    const picked = rows.filter((r) => r.kind === kind && keep(r));
    if (picked.length === 0) return;
    const head = [first, names[0], names[1], ...(evidence ? [labels.evidence] : [])];
    const cells = picked.map((r) => [r.label, r.cells[0], r.cells[1], ...(evidence ? [evidenceOf(r)] : [])]);
    out.push(`### ${heading}`, '', mdTable(head, cells), '');
  };
  section(labels.phrases, 'phrase', labels.phrase, () => true, false);
  section(labels.commitments, 'commitment', labels.assurance, () => true, false);
  const oneSided = new Set(ledger.topics.filter((t) => t.status !== 'both').map((t) => t.id));
  section(labels.topics, 'topic', labels.topic, (r) => oneSided.has(r.item), true);
  out.push(`_${mdLine(labels.generated(options.now.toISOString()))}_`, '');
  return out.join('\n');
}

/** The across-meetings table (rows of many ledgers) as one Markdown table. */
export function rowsMarkdown(rows: readonly LedgerRow[], options: MarkdownOptions): string {
  const labels = LEDGER_LABELS[options.lang];
  const zh = options.lang === 'zh';
  const head = zh
    ? ['日期', '会晤', '类别', '条目', 'A', 'B', `${labels.evidence} A`, `${labels.evidence} B`]
    : ['Date', 'Meeting', 'Kind', 'Item', 'Side A', 'Side B', `${labels.evidence} A`, `${labels.evidence} B`];
  const kinds = zh
    ? { topic: labels.topic, phrase: labels.phrase, commitment: labels.assurance }
    : { topic: 'topic', phrase: 'phrase', commitment: 'commitment' };
  const body = rows.map((r) => [
    r.date,
    r.meeting,
    kinds[r.kind],
    r.label,
    r.cells[0],
    r.cells[1],
    r.evidence[0],
    r.evidence[1],
  ]);
  return `${mdTable(head, body)}\n\n_${mdLine(labels.generated(options.now.toISOString()))}_\n`;
}
