import { mdInlineText, mdText } from '../text/markdown-escape';

/*
 * Untrusted text (readout sentences, labels from a user's data file) in the ledger's Markdown: escaped by the
 * project's shared helper (src/core/text/markdown-escape.ts), so a sentence can neither end a table row nor
 * open a link, a tag or code, and line breaks fold to spaces.
 */

/** One table cell. */
export function mdCell(text: string): string {
  return mdInlineText(text).trim();
}

/** One line of running text (a list item, a heading, a paragraph). */
export const mdLine = mdText;

export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
