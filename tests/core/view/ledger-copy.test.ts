import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { copyDocFileName, copyDocMarkdown, ledgerCopyDoc } from '../../../src/core/view/ledger-copy';
import { realLexicon } from '../compare/corpus-texts';
import { corpusText, ledgerOf } from '../ledger/ledger-fixtures';
import { loadMeeting } from '../notes/corpus-fixture';

const NOW = new Date('2025-01-02T03:04:05Z');
const QIN = '2023-06-14-qin-blinken';
const tables = (md: string) => marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');

function qinWithTranslations() {
  const en = compareReadouts(
    corpusText(QIN, 'cn-mfa-en-rfi'),
    corpusText(QIN, 'us-state-en-rfi'),
    realLexicon(),
  );
  return ledgerOf(corpusText(QIN, 'cn-mfa-zh-rfi'), corpusText(QIN, 'us-state-zh-rfi'), {
    meeting: loadMeeting(QIN),
    readoutIds: ['cn-mfa-zh-rfi', 'us-state-zh-rfi'],
    translations: en.sides,
  });
}

describe('the copy-ready ledger', () => {
  it('holds facts, phrases and the one-sided topics with their evidence in both languages', () => {
    const { ledger, texts } = qinWithTranslations();
    const doc = ledgerCopyDoc(ledger, texts, { lang: 'en', now: NOW });
    expect(doc.title).toBe('Ledger: Qin Gang – Antony Blinken phone call (2023-06-14)');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Event facts',
      'How the sides word it',
      'Set phrases',
      'Topics only one side mentions',
    ]);
    const topics = doc.sections.at(-1)?.table;
    expect(topics?.head).toEqual([
      'Topic',
      'Chinese side',
      'US side',
      'Evidence',
      'Evidence in the other language',
    ]);
    const taiwan = topics?.rows.find((r) => r[0] === 'Taiwan');
    expect(taiwan?.[3]).toContain('台湾问题');
    expect(taiwan?.[4]).toContain('Taiwan question');
    expect(doc.sections[0]?.lines[1]).toBe(
      'Asked for the call: US side (Chinese side: “应约同美国国务卿布林肯”)',
    );
  });

  it('reads as proper Markdown tables, one cell per column in every row', () => {
    const { ledger, texts } = qinWithTranslations();
    const md = copyDocMarkdown(ledgerCopyDoc(ledger, texts, { lang: 'zh', now: NOW }));
    const found = tables(md);
    expect(found.length).toBe(3);
    for (const table of found) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    expect(found[0]?.header.map((h) => h.text)).toEqual(['要素', '中方', '美方']);
    expect(md.trimEnd().endsWith('_由“纪要对读”生成于 2025-01-02T03:04:05.000Z。_')).toBe(true);
  });

  it('leaves the translation column out when the meeting has no translation', () => {
    const { ledger, texts } = ledgerOf(corpusText(QIN, 'cn-mfa-zh-rfi'), corpusText(QIN, 'us-state-zh-rfi'));
    const topics = ledgerCopyDoc(ledger, texts, { lang: 'en', now: NOW }).sections.at(-1)?.table;
    expect(topics?.head).toEqual(['Topic', 'Chinese side', 'US side', 'Evidence']);
  });

  it('escapes readout text: no markup, no broken row', () => {
    const hostile =
      '中方强调台湾问题 | 是<script>alert(1)</script>核心利益 [点此](javascript:alert(1))\n第二行。';
    const { ledger, texts } = ledgerOf(
      { text: hostile, side: 'cn', lang: 'zh', completeness: 'full' },
      { text: 'The two sides discussed trade.', side: 'us', lang: 'en', completeness: 'full' },
    );
    const md = copyDocMarkdown(ledgerCopyDoc(ledger, texts, { lang: 'en', now: NOW }));
    const html = marked.parse(md, { async: false });
    expect(html).not.toMatch(/<script|<a /i);
    for (const table of tables(md))
      for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });

  it('names its download after the meeting and the day', () => {
    expect(copyDocFileName('2023-06-14-qin-blinken', NOW)).toBe(
      'ledger-2023-06-14-qin-blinken-2025-01-02.md',
    );
    expect(copyDocFileName('user-中 文', NOW)).toBe('ledger-user-2025-01-02.md');
    expect(copyDocFileName(null, NOW)).toBe('ledger-meeting-2025-01-02.md');
  });
});
