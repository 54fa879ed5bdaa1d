import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { ledgerMarkdown, rowsMarkdown } from '../../../src/core/ledger/export-markdown';
import { type LedgerRow, ledgerRows } from '../../../src/core/ledger/ledger-rows';
import { mdCell } from '../../../src/core/ledger/markdown-cell';
import { corpusLedger, ledgerOf } from './ledger-fixtures';

const NOW = new Date('2025-01-02T03:04:05Z');

const tables = (md: string) => marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');

describe('the ledger as Markdown', () => {
  it('reads as a newsletter section: facts, glance, phrases, commitments, one-sided topics', () => {
    const { ledger, texts } = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    const md = ledgerMarkdown(ledger, texts, { lang: 'en', now: NOW });
    expect(md).toContain('## Ledger: Qin Gang – Antony Blinken phone call (2023-06-14)');
    expect(md).toContain('- Asked for the call: US side (Chinese side: “应约同美国国务卿布林肯”)');
    expect(md).toContain('- Format: phone call (meeting record; the texts say “通电话”)');
    expect(md).toContain(
      'The Chinese side says “相互尊重”; the US side does not use it (not in the excerpt).',
    );
    expect(md.trimEnd().endsWith('_Generated 2025-01-02T03:04:05.000Z by Readout Compare._')).toBe(true);
    const [facts] = tables(md);
    const topics = tables(md).find((t) => t.header[0]?.text === 'Topic');
    expect(facts?.header.map((h) => h.text)).toEqual(['Fact', 'Chinese side', 'US side']);
    expect(topics?.header.map((h) => h.text)).toEqual(['Topic', 'Chinese side', 'US side', 'Evidence']);
    const taiwan = topics?.rows.find((r) => r[0]?.text === 'Taiwan');
    expect(taiwan?.map((c) => c.text).slice(1, 3)).toEqual(['mentioned (1)', 'not in the excerpt']);
  });

  it('in Chinese too', () => {
    const { ledger, texts } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const md = ledgerMarkdown(ledger, texts, { lang: 'zh', now: NOW });
    expect(md).toContain('### 措辞差异');
    expect(md).toContain('- 中方说“重要共识”，美方说“主要成果”（不对等）。');
    expect(md).toContain('由“纪要对读”生成于 2025-01-02T03:04:05.000Z。');
  });

  it('escapes readout text: a | cannot split a cell, nor <, [ or ` make markup, nor a line break end the row', () => {
    const hostile =
      '中方强调台湾问题 | 是<script>alert(1)</script>核心利益 [点此](javascript:alert(1)) `code` 第一行\n第二行。';
    const { ledger, texts } = ledgerOf(
      { text: hostile, side: 'cn', lang: 'zh', completeness: 'full' },
      { text: 'The two sides discussed trade.', side: 'us', lang: 'en', completeness: 'full' },
    );
    const md = ledgerMarkdown(ledger, texts, { lang: 'en', now: NOW });
    const html = marked.parse(md, { async: false });
    expect(html).not.toMatch(/<script|<a |<code>/i);
    for (const table of tables(md)) for (const r of table.rows) expect(r).toHaveLength(table.header.length);
    // The cell shows the sentence as written: HTML-escaped by the renderer, no tag, link or code made of it.
    expect(html).toContain(
      '中方强调台湾问题 | 是&lt;script&gt;alert(1)&lt;/script&gt;核心利益 [点此](javascript:alert(1)) `code` 第一行',
    );
  });

  it('mdCell escapes the characters that make markup, and folds line breaks', () => {
    expect(mdCell('a|b<c>[d](e) `f` *g* _h_\r\ni')).toBe('a\\|b\\<c\\>\\[d\\](e) \\`f\\` \\*g\\* \\_h\\_ i');
  });

  it('writes the across-meetings table with one column per field, whatever the text holds', () => {
    const one = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    const two = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const [first] = ledgerRows(two, 'en');
    if (!first) throw new Error('no rows');
    const broken: LedgerRow = { ...first, evidence: ['line one\nline two | three', '<b>x</b>'] };
    const rows = [...ledgerRows(one, 'en'), ...ledgerRows(two, 'en'), broken];
    const md = rowsMarkdown(rows, { lang: 'en', now: NOW });
    const [table] = tables(md);
    expect(table?.header.map((h) => h.text)).toEqual([
      'Date',
      'Meeting',
      'Kind',
      'Item',
      'Side A',
      'Side B',
      'Evidence A',
      'Evidence B',
    ]);
    expect(table?.rows).toHaveLength(rows.length);
    for (const r of table?.rows ?? []) expect(r).toHaveLength(8);
    expect(md).toContain('line one line two \\| three');
    expect(marked.parse(md, { async: false })).not.toContain('<b>');
    expect(md).toContain('_Generated 2025-01-02T03:04:05.000Z by Readout Compare._');
  });
});
