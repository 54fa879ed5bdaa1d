// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { marked, type Tokens } from 'marked';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ledgerCopyDoc } from '../../../src/core/view/ledger-copy';
import { CopyLedger } from '../../../src/ui/ledger/CopyLedger';
import { copyDocElement } from '../../../src/ui/ledger/ledger-html';
import { ledgerState, renderLedger } from './ledger-harness';

const NOW = new Date('2025-01-02T03:04:05Z');
const HOSTILE =
  '中方强调台湾问题 | 是<img src=x onerror=alert(1)>核心利益 [点此](javascript:alert(1))\n第二行。';

let written: Record<string, string> = {};

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

/** A clipboard that records what is written (after userEvent.setup(), which puts its own in place). */
function fakeClipboard() {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      write: async ([item]: FakeClipboardItem[]) => {
        for (const [type, blob] of Object.entries(item?.items ?? {})) written[type] = await blob.text();
      },
      writeText: async (text: string) => {
        written['text/plain'] = text;
      },
    },
  });
}

beforeEach(() => {
  written = {};
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const tables = (md: string) => marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');

describe('the copy-ready ledger', () => {
  it('puts a Markdown table (plain text) and the same as an HTML table (rich text) on the clipboard', async () => {
    const user = userEvent.setup();
    fakeClipboard();
    const state = ledgerState('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    await renderLedger(
      <CopyLedger
        ledger={state.ledger}
        texts={state.texts}
        meetingId="2023-06-14-qin-blinken"
        now={() => NOW}
      />,
      { state },
    );
    await user.click(screen.getByRole('button', { name: 'Copy ledger' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Copied: paste it into a document as a table/,
    );
    const md = written['text/plain'] ?? '';
    expect(md.startsWith('## Ledger: Qin Gang – Antony Blinken phone call (2023-06-14)')).toBe(true);
    const found = tables(md);
    expect(found.map((t) => t.header[0]?.text)).toEqual(['Fact', 'Phrase', 'Topic']);
    for (const t of found) for (const row of t.rows) expect(row).toHaveLength(t.header.length);
    const html = new DOMParser().parseFromString(written['text/html'] ?? '', 'text/html');
    expect(html.querySelectorAll('table')).toHaveLength(found.length);
    const firstRow = [...(html.querySelector('table tbody tr')?.children ?? [])].map((c) => c.textContent);
    expect(firstRow.length).toBe(found[0]?.header.length);
    expect(firstRow[0]).toBe('Length');
  });

  it('builds the HTML from text nodes: a readout’s markup stays text', async () => {
    const state = ledgerState(
      null,
      { text: HOSTILE, side: 'cn', lang: 'zh', completeness: 'full' },
      { text: 'The two sides discussed trade.', side: 'us', lang: 'en', completeness: 'full' },
    );
    const doc = ledgerCopyDoc(state.ledger, state.texts, { lang: 'en', now: NOW });
    const el = copyDocElement(doc);
    expect(el.querySelector('img, script, a')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(el.outerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says so when the browser allows no copying, and offers the download', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    vi.stubGlobal('ClipboardItem', undefined);
    const state = ledgerState('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    await renderLedger(
      <CopyLedger ledger={state.ledger} texts={state.texts} meetingId="m" now={() => NOW} />,
      {
        state,
        lang: 'zh',
      },
    );
    await user.click(screen.getByRole('button', { name: '复制对读账本' }));
    expect(await screen.findByRole('status')).toHaveTextContent('此浏览器不允许复制。请改用“下载 .md”。');
    expect(screen.getByRole('button', { name: '下载 .md' })).toBeInTheDocument();
  });
});
