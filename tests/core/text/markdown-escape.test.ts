import { describe, expect, it } from 'vitest';
import { mdExcerpt, mdInlineText, mdText, mdUrl } from '../../../src/core/text/markdown-escape';
import { liveMarkup, PAYLOADS, rendered } from './markdown-payloads';

/** What a reader should see: the payload itself, on one line, without control or direction characters. */
function asShown(payload: string): string {
  return (
    payload
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the escaper drops these
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

describe('mdText', () => {
  it.each(PAYLOADS.map((p) => [JSON.stringify(p).slice(0, 60), p]))(
    'renders %s as its own text, inert, wherever it is put',
    (_name, payload) => {
      const text = mdText(payload);
      expect(text).not.toMatch(/\n/);
      const places = [
        text,
        `# Title: ${text}`,
        `- ${text}`,
        `  - quoted: “${text}”`,
        `| | A |\n|---|---|\n| Title | ${text} |`,
      ];
      for (const markdown of places) expect(liveMarkup(markdown)).toEqual([]);
      // Alone in a paragraph it reads exactly as written; in a table it stays in its one cell.
      expect(rendered(text).text.trim()).toBe(asShown(payload));
      const table = rendered(places[4] as string).tags.filter((t) => t.name === 'td');
      expect(table).toHaveLength(2);
    },
  );

  it('keeps ordinary readout text readable', () => {
    expect(mdText('Wang Yi met Blinken (U.S.) on 2024-01-10, and said: "stable ties".')).toBe(
      'Wang Yi met Blinken (U.S.) on 2024-01-10, and said: "stable ties".',
    );
    expect(mdText('双方同意保持沟通。')).toBe('双方同意保持沟通。');
  });

  it('escapes block markers at the start only', () => {
    expect(mdText('- not a list')).toBe('\\- not a list');
    expect(mdText('1. not a list')).toBe('1\\. not a list');
    expect(mdText('2024) not a list')).toBe('2024\\) not a list');
    expect(mdText('a - b')).toBe('a - b');
  });
});

describe('mdInlineText and mdExcerpt', () => {
  it('keeps the spaces at the ends of a piece, so pieces join', () => {
    expect(mdInlineText(' a <b> ')).toBe(' a \\<b\\> ');
  });

  it('cuts before escaping, so an escape is never split', () => {
    const cut = mdExcerpt('<<<<<<<<<<', 5);
    expect(cut).toBe('\\<\\<\\<\\<…');
    expect(liveMarkup(cut)).toEqual([]);
  });
});

describe('mdUrl', () => {
  it('links http(s) addresses only', () => {
    expect(mdUrl('https://www.mfa.gov.cn/web/x.html')).toBe('<https://www.mfa.gov.cn/web/x.html>');
    expect(mdUrl('http://example.org/a?b=c')).toBe('<http://example.org/a?b=c>');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/relative/path',
      '//evil.example/',
      'https://',
      'see https://example.org',
      'https://exa mple.org',
      'https://example.org/\u0000',
      undefined,
    ]) {
      expect(mdUrl(bad)).toBeNull();
    }
  });

  it('percent-encodes what could end the link or break a table row', () => {
    const link = mdUrl('https://example.org/a|b>c"d\'e`f') as string;
    expect(link).toBe('<https://example.org/a%7Cb%3Ec%22d%27e%60f>');
    const markdown = `| | A |\n|---|---|\n| Source | ${link} |`;
    expect(liveMarkup(markdown, ['https://example.org/a%7Cb%3Ec%22d%27e%60f'])).toEqual([]);
    expect(rendered(markdown).tags.filter((t) => t.name === 'td')).toHaveLength(2);
  });
});
