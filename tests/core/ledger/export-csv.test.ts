import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, ledgerCsv, ledgerCsvFileName } from '../../../src/core/ledger/export-csv';
import { type LedgerRow, ledgerRows } from '../../../src/core/ledger/ledger-rows';
import { corpusLedger } from './ledger-fixtures';

/** A strict RFC 4180 reader, to read the output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) throw new Error('no CRLF after the last record');
  return rows;
}

const row = (over: Partial<LedgerRow>): LedgerRow => ({
  date: '2024-01-10',
  meetingId: 'm',
  meeting: 'M',
  kind: 'phrase',
  item: 'x',
  label: 'X',
  cells: ['', ''],
  evidence: ['', ''],
  sentences: [null, null],
  parties: ['cn', 'us'],
  ...over,
});

describe('the across-meetings table as CSV', () => {
  it('quotes by RFC 4180: commas, quotes and line breaks inside a field survive the round trip', () => {
    const hostile = row({
      label: 'a, "b"',
      cells: ['line one\nline two', 'plain'],
      evidence: ['“重要共识”，和成果', 'x\r\ny'],
    });
    const csv = ledgerCsv([hostile]);
    const [head, back] = parseCsv(csv);
    expect(head).toEqual([...CSV_COLUMNS]);
    expect(back).toEqual([
      '2024-01-10',
      'm',
      'M',
      'phrase',
      'x',
      'a, "b"',
      'line one\nline two',
      'plain',
      '“重要共识”，和成果',
      'x\r\ny',
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('plain text')).toBe('plain text');
  });

  it('guards against formula injection: = + - @ tab and CR at the start get a leading quote mark', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    const [, back] = parseCsv(ledgerCsv([row({ cells: ["=cmd|' /C calc'!A0", '@SUM(A1)'] })]));
    expect(back?.slice(6, 8)).toEqual(["'=cmd|' /C calc'!A0", "'@SUM(A1)"]);
    expect(csvField('1-2')).toBe('1-2');
  });

  it('writes the rows of a real meeting, and a byte-order mark only when asked', () => {
    const { ledger, texts } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const rows = ledgerRows({ ledger, texts }, 'en');
    const csv = ledgerCsv(rows);
    const parsed = parseCsv(csv);
    expect(parsed).toHaveLength(rows.length + 1);
    const consensus = parsed.find((r) => r[4] === 'important-consensus');
    expect(consensus?.slice(0, 4)).toEqual([
      '2024-01-10',
      '2024-01-10-liu-finer',
      'Liu Jianchao meets Jon Finer',
      'phrase',
    ]);
    expect(consensus?.slice(6, 8)).toEqual(['“重要共识”', '“主要成果” (not equivalent)']);
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(ledgerCsv(rows, { bom: true }).startsWith('\uFEFFdate,')).toBe(true);
  });

  it('names the download after the clock it is given', () => {
    expect(ledgerCsvFileName(new Date('2025-03-04T23:59:00Z'))).toBe('readout-ledger-2025-03-04.csv');
  });
});
