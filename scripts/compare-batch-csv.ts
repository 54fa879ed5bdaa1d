/**
 * The batch as CSV: the across-meetings table's columns (src/core/ledger/export-csv.ts, RFC 4180 with its
 * formula-injection guard) and four more — the evidence sentences' indexes on each side and the ids of the
 * texts compared. Rows per meeting: its facts (kind `fact`), then the ledger's rows (topics, set phrases,
 * commitments; only what at least one side has). Cells are plain English; sentence indexes are 0-based and
 * space-separated.
 */
import { CSV_COLUMNS, csvField } from '../src/core/ledger/export-csv';
import { LEDGER_LABELS } from '../src/core/ledger/ledger-labels';
import { type LedgerRow, ledgerRows } from '../src/core/ledger/ledger-rows';
import type { MeetingLedger } from '../src/core/ledger/meeting-ledger';
import type { BatchFormat, BatchMeeting } from './compare-batch-format';

export const BATCH_CSV_COLUMNS = [...CSV_COLUMNS, 'sentences a', 'sentences b', 'text a', 'text b'] as const;

type Pair<T> = [T, T];

interface Row {
  kind: LedgerRow['kind'] | 'fact';
  item: string;
  label: string;
  cells: Pair<string>;
  evidence: Pair<string>;
  sentences: Pair<number[]>;
}

const labels = LEDGER_LABELS.en;
const both = <T>(fn: (i: 0 | 1) => T): Pair<T> => [fn(0), fn(1)];
const distinct = (xs: readonly (number | undefined)[]) =>
  [...new Set(xs.filter((x): x is number => x !== undefined))].sort((x, y) => x - y);

function factRows(ledger: MeetingLedger, texts: Pair<string>): Row[] {
  const f = ledger.facts;
  const sentenceOf = (i: 0 | 1, at: number) =>
    ledger.sentences[i].findIndex((s) => s.start <= at && at < s.end);
  const sentenceText = (i: 0 | 1, index: number) => {
    const s = ledger.sentences[i][index];
    return s ? texts[i].slice(s.start, s.end) : '';
  };
  const requests = both((i) => f.requestMentions.filter((m) => m.side === i));
  const firsts = both((i) => f.firstSingleSpeaker[i] ?? f.firstSpeaker[i]);
  return [
    {
      kind: 'fact',
      item: 'length',
      label: labels.length,
      cells: both((i) => {
        const l = f.lengths[i];
        return labels.lengthCell(l.chars, l.words, l.sentences, l.paragraphs);
      }),
      evidence: ['', ''],
      sentences: [[], []],
    },
    {
      kind: 'fact',
      item: 'requested-by',
      label: labels.askedLine,
      cells: both((i) =>
        [...new Set(requests[i].map((m) => `${labels.side[m.party]} ${labels.asked}`))].join('; '),
      ),
      evidence: both((i) => requests[i].map((m) => `“${texts[i].slice(m.start, m.end)}”`).join('; ')),
      sentences: both((i) => distinct(requests[i].map((m) => sentenceOf(i, m.start)).filter((x) => x >= 0))),
    },
    {
      kind: 'fact',
      item: 'first-speaker',
      label: labels.firstSpeaker,
      cells: both((i) => {
        const first = firsts[i];
        return first ? labels.speaker[first.speaker] : '';
      }),
      evidence: both((i) => {
        const first = firsts[i];
        return first ? sentenceText(i, first.sentence) : '';
      }),
      sentences: both((i) => distinct([firsts[i]?.sentence])),
    },
    {
      kind: 'fact',
      item: 'speaker-shares',
      label: labels.reports,
      cells: both((i) => {
        const s = f.speakerShares[i];
        return [s.self, s.counterpart, s.both, s.unstated]
          .map((x) => `${Math.round(x.share * 100)}%`)
          .join(' / ');
      }),
      evidence: ['', ''],
      sentences: [[], []],
    },
  ];
}

/** Every evidence sentence of a ledger row (the row itself names only the first). */
function rowSentences(ledger: MeetingLedger, row: LedgerRow): Pair<number[]> {
  if (row.kind === 'topic') {
    const t = ledger.topics.find((x) => x.id === row.item);
    return both((i) => (t ? [...(t.sentences[i].length > 0 ? t.sentences[i] : t.candidates[i])] : []));
  }
  if (row.kind === 'phrase') {
    const p = ledger.phrases.find((x) => x.id === row.item);
    return both((i) => distinct(p?.matches[i].map((m) => m.sentence) ?? []));
  }
  const [list, item] = row.item.split('/');
  const found = ledger.commitments.find((l) => l.id === list)?.items.find((x) => x.id === item);
  return both((i) => distinct(found?.matches[i].map((m) => m.sentence) ?? []));
}

function meetingLines(m: BatchMeeting): string {
  const { ledger, texts, meeting } = m;
  const rows: Row[] = [
    ...factRows(ledger, texts),
    ...ledgerRows({ ledger, texts }, 'en').map((r) => ({ ...r, sentences: rowSentences(ledger, r) })),
  ];
  const ids = both((i) => m.readouts[i]?.id ?? '');
  return rows
    .map((r) =>
      [
        meeting.date,
        meeting.id,
        meeting.title.en,
        r.kind,
        r.item,
        r.label,
        r.cells[0],
        r.cells[1],
        r.evidence[0],
        r.evidence[1],
        r.sentences[0].join(' '),
        r.sentences[1].join(' '),
        ids[0],
        ids[1],
      ]
        .map(csvField)
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}

export function csvFormat(): BatchFormat {
  return {
    head: `${BATCH_CSV_COLUMNS.map(csvField).join(',')}\r\n`,
    meeting: (m) => meetingLines(m),
    tail: '',
  };
}
