import type { LedgerRow } from './ledger-rows';

/*
 * The across-meetings table as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break in
 * double quotes, quotes doubled). A cell starting with = + - @ (or a tab or carriage return) gets a leading ' so a
 * spreadsheet shows it as text instead of running it as a formula: readout text and data files are untrusted.
 */

export const CSV_COLUMNS = [
  'date',
  'meeting',
  'title',
  'kind',
  'item',
  'label',
  'side a',
  'side b',
  'evidence a',
  'evidence b',
] as const;

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  /** Start with a byte-order mark, so spreadsheet programs read Chinese as UTF-8. */
  bom?: boolean;
}

export function ledgerCsv(rows: readonly LedgerRow[], options: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
  for (const r of rows) {
    const fields = [
      r.date,
      r.meetingId,
      r.meeting,
      r.kind,
      r.item,
      r.label,
      r.cells[0],
      r.cells[1],
      r.evidence[0],
      r.evidence[1],
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** A download name for the table made at `now` (the clock is the caller's). */
export function ledgerCsvFileName(now: Date): string {
  return `readout-ledger-${now.toISOString().slice(0, 10)}.csv`;
}
