import type { AbsenceReason } from '../compare/types';
import { LEDGER_LABELS } from '../ledger/ledger-labels';
import type { LedgerRow, LedgerRowKind } from '../ledger/ledger-rows';
import type { Lang, Side } from '../model';
import { byCodeUnits } from '../text/code-unit-order';
import { meetingHref } from './route';

/*
 * The ledger across meetings (issue 12, item 4): every meeting's rows (corpus from the build, the reader's own
 * computed in the browser), filtered by kind, side, words and dates, and laid out as a timeline — meetings in
 * date order across, topics / phrases / commitments down — each cell linking to the sentence that shows it.
 */

export interface AcrossRow extends LedgerRow {
  /** The texts the row was computed on: a cell's link opens these. */
  texts: { cn: string | null; us: string | null };
  origin: 'corpus' | 'user';
}

export type SideFilter = 'any' | 'cn' | 'us' | 'one-sided' | 'both';

export interface AcrossFilter {
  kinds: readonly LedgerRowKind[];
  side: SideFilter;
  query: string;
  /** Inclusive YYYY-MM-DD bounds; '' for none. */
  from: string;
  to: string;
}

export const KINDS: readonly LedgerRowKind[] = ['topic', 'phrase', 'commitment'];

export const NO_FILTER: AcrossFilter = { kinds: KINDS, side: 'any', query: '', from: '', to: '' };

/** Side `i` has the item (a sentence shows it): mentioned, possibly, used, listed or said not given. */
export const hasSide = (row: LedgerRow, i: 0 | 1): boolean => row.sentences[i] !== null;

/** The comparison side that is country `side` in this row, or null when neither (or both) is. */
function sideIndex(row: LedgerRow, side: Side): 0 | 1 | null {
  const [a, b] = row.parties;
  if (a === side && b !== side) return 0;
  if (b === side && a !== side) return 1;
  // Pasted texts of unknown sides: a is the Chinese side, b the US side by the product's convention.
  if (a === null && b === null) return side === 'cn' ? 0 : 1;
  return null;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

function matchesQuery(row: LedgerRow, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(
    [row.label, row.item, row.meeting, row.meetingId, ...row.cells, ...row.evidence].join('\n'),
  );
  return words.every((w) => hay.includes(w));
}

function matchesSide(row: LedgerRow, side: SideFilter): boolean {
  const a = hasSide(row, 0);
  const b = hasSide(row, 1);
  switch (side) {
    case 'any':
      return true;
    case 'both':
      return a && b;
    case 'one-sided':
      return a !== b;
    default: {
      const i = sideIndex(row, side);
      return i !== null && hasSide(row, i);
    }
  }
}

export function filterRows<R extends LedgerRow>(rows: readonly R[], filter: AcrossFilter): R[] {
  return rows.filter(
    (r) =>
      filter.kinds.includes(r.kind) &&
      (filter.from === '' || r.date >= filter.from) &&
      (filter.to === '' || r.date <= filter.to) &&
      matchesSide(r, filter.side) &&
      matchesQuery(r, filter.query),
  );
}

export interface TimelineMeeting {
  id: string;
  date: string;
  title: string;
  origin: AcrossRow['origin'];
}

export interface TimelineItem {
  kind: LedgerRowKind;
  item: string;
  label: string;
  /** The item's row in each meeting that has it, by meeting id. */
  cells: ReadonlyMap<string, AcrossRow>;
  /** Date of the first meeting that has it. */
  first: string;
}

export interface Timeline {
  meetings: TimelineMeeting[];
  groups: { kind: LedgerRowKind; items: TimelineItem[] }[];
}

const byDate = (x: { date: string; id: string }, y: { date: string; id: string }) =>
  byCodeUnits(x.date, y.date) || byCodeUnits(x.id, y.id);

/** The timeline of `rows`: only meetings and items that have at least one row. */
export function timeline(rows: readonly AcrossRow[]): Timeline {
  const meetings = new Map<string, TimelineMeeting>();
  const items = new Map<
    string,
    { kind: LedgerRowKind; item: string; label: string; cells: Map<string, AcrossRow>; first: string }
  >();
  for (const r of rows) {
    if (!meetings.has(r.meetingId))
      meetings.set(r.meetingId, { id: r.meetingId, date: r.date, title: r.meeting, origin: r.origin });
    const key = `${r.kind}\u0000${r.item}`;
    let entry = items.get(key);
    if (!entry) {
      entry = { kind: r.kind, item: r.item, label: r.label, cells: new Map(), first: r.date };
      items.set(key, entry);
    }
    entry.cells.set(r.meetingId, r);
    if (r.date < entry.first) entry.first = r.date;
  }
  const groups = KINDS.map((kind) => ({
    kind,
    items: [...items.values()]
      .filter((i) => i.kind === kind)
      .sort((x, y) => byCodeUnits(x.first, y.first) || x.label.localeCompare(y.label)),
  })).filter((g) => g.items.length > 0);
  return { meetings: [...meetings.values()].sort(byDate), groups };
}

/** The link of a cell's side: the meeting on the row's texts, opened on the sentence (and topic). */
export function cellHref(row: AcrossRow, i: 0 | 1): string | null {
  const index = row.sentences[i];
  if (index === null) return null;
  const texts = { cn: row.texts.cn ?? undefined, us: row.texts.us ?? undefined };
  return meetingHref(row.meetingId, row.kind === 'topic' ? row.item : null, texts, {
    side: i === 0 ? 'cn' : 'us',
    index,
  });
}

export type CellState =
  | {
      kind: 'present';
      mark: 'mentioned' | 'possibly' | 'uses' | 'rejected' | 'not-equivalent' | 'listed' | 'negated';
    }
  | { kind: 'absent'; reason: AbsenceReason | null };

/** What a cell's side says, as a state (for its symbol), read from the row in the row's language. */
export function cellState(row: LedgerRow, i: 0 | 1, lang: Lang): CellState {
  const labels = LEDGER_LABELS[lang];
  const cell = row.cells[i];
  if (!hasSide(row, i)) {
    const reason = (Object.keys(labels.absence) as AbsenceReason[]).find((r) => labels.absence[r] === cell);
    return { kind: 'absent', reason: reason ?? null };
  }
  if (row.kind === 'topic')
    return { kind: 'present', mark: cell === labels.possibly ? 'possibly' : 'mentioned' };
  if (row.kind === 'commitment')
    return { kind: 'present', mark: cell === labels.negated ? 'negated' : 'listed' };
  if (cell.includes(`(${labels.rejected}`)) return { kind: 'present', mark: 'rejected' };
  if (cell.includes(labels.notEquivalent)) return { kind: 'present', mark: 'not-equivalent' };
  return { kind: 'present', mark: 'uses' };
}
