import type { Span } from '../compare/types';
import type { Lang, Side } from '../model';
import { LEDGER_LABELS } from './ledger-labels';
import type { LedgerTopic } from './ledger-topics';
import type { CommitmentItemResult } from './match-commitments';
import type { PhraseMatch } from './match-phrases';
import type { MeetingLedger } from './meeting-ledger';

/*
 * The ledger of one meeting as rows of the across-meetings table: meeting × topic / phrase / commitment, each
 * with what side a and side b say and the sentence that shows it. Only what at least one side has: a row that is
 * not there means neither readout has it. Cell text is plain (the exporters escape it for their format).
 */

export type LedgerRowKind = 'topic' | 'phrase' | 'commitment';

export interface LedgerRow {
  date: string;
  meetingId: string;
  meeting: string;
  kind: LedgerRowKind;
  /** Topic, phrase or `list/item` id. */
  item: string;
  label: string;
  cells: [string, string];
  /** The sentence that shows it on each side ('' where none). */
  evidence: [string, string];
  /** Index of that sentence in each side's text, to open it in the reader. */
  sentences: [number | null, number | null];
  parties: [Side | null, Side | null];
}

export interface RowsInput {
  ledger: MeetingLedger;
  texts: readonly [string, string];
  /** For meetings without a record (pasted texts): an id and a title for the rows. */
  fallback?: { id: string; title: string; date: string };
}

type Sides = [string, string];

function sentenceText(
  ledger: MeetingLedger,
  texts: readonly [string, string],
  i: 0 | 1,
  index: number | null,
) {
  const span: Span | undefined = index === null ? undefined : ledger.sentences[i][index];
  return span ? texts[i].slice(span.start, span.end) : '';
}

function topicRow(t: LedgerTopic, lang: Lang): [Sides, [number | null, number | null]] {
  const labels = LEDGER_LABELS[lang];
  const cell = (i: 0 | 1) => {
    if (t.counts[i] > 0) return `${labels.mentioned} (${t.counts[i]})`;
    if (t.candidates[i].length > 0) return labels.possibly;
    const reason = t.absence[i];
    return reason ? labels.absence[reason] : '';
  };
  return [
    [cell(0), cell(1)],
    [t.quote[0]?.index ?? null, t.quote[1]?.index ?? null],
  ];
}

function phraseCell(matches: readonly PhraseMatch[], text: string, lang: Lang): string {
  const labels = LEDGER_LABELS[lang];
  const words: string[] = [];
  for (const m of matches) {
    const marks = [
      ...(m.rejected ? [labels.rejected] : []),
      ...(m.nonEquivalent ? [labels.notEquivalent] : []),
    ];
    const word = `“${text.slice(m.start, m.end)}”${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
    if (!words.includes(word)) words.push(word);
  }
  return words.join('; ');
}

function commitmentCell(item: CommitmentItemResult, i: 0 | 1, lang: Lang): string {
  const labels = LEDGER_LABELS[lang];
  const status = item.status[i];
  if (status === 'listed') return labels.listed;
  if (status === 'negated') return labels.negated;
  const reason = item.absence[i];
  return reason ? labels.absence[reason] : '';
}

const firstSentence = (matches: readonly { sentence?: number }[]) => matches[0]?.sentence ?? null;

export function ledgerRows(input: RowsInput, lang: Lang): LedgerRow[] {
  const { ledger, texts } = input;
  const meetingId = ledger.meeting?.id ?? input.fallback?.id ?? '';
  const base = {
    date: ledger.meeting?.date ?? input.fallback?.date ?? '',
    meetingId,
    meeting: ledger.meeting?.title[lang] ?? input.fallback?.title ?? meetingId,
    parties: [ledger.sides[0].side, ledger.sides[1].side] as [Side | null, Side | null],
  };
  const row = (
    kind: LedgerRowKind,
    item: string,
    label: string,
    cells: Sides,
    at: [number | null, number | null],
  ) => ({
    ...base,
    kind,
    item,
    label,
    cells,
    evidence: [sentenceText(ledger, texts, 0, at[0]), sentenceText(ledger, texts, 1, at[1])] as Sides,
    sentences: at,
  });
  const rows: LedgerRow[] = [];
  for (const t of ledger.topics) {
    const [cells, at] = topicRow(t, lang);
    rows.push(row('topic', t.id, t.label?.[lang] ?? t.id, cells, at));
  }
  for (const p of ledger.phrases) {
    const cells: Sides = [phraseCell(p.matches[0], texts[0], lang), phraseCell(p.matches[1], texts[1], lang)];
    rows.push(
      row('phrase', p.id, p.label[lang], cells, [firstSentence(p.matches[0]), firstSentence(p.matches[1])]),
    );
  }
  for (const list of ledger.commitments) {
    for (const item of list.items) {
      if (item.status.every((s) => s === 'absent')) continue;
      const cells: Sides = [commitmentCell(item, 0, lang), commitmentCell(item, 1, lang)];
      const at: [number | null, number | null] = [
        firstSentence(item.matches[0]),
        firstSentence(item.matches[1]),
      ];
      rows.push(
        row('commitment', `${list.id}/${item.id}`, `${list.label[lang]}: ${item.label[lang]}`, cells, at),
      );
    }
  }
  return rows;
}
