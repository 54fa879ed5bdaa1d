/**
 * Putting untrusted text (readout quotes, the reader's notes, imported files) into the notes' Markdown so that
 * it shows as written. The escaping itself is the one every exporter shares (src/core/text/markdown-escape.ts);
 * this module only adds the notes' block shapes: paragraphs kept line by line, quotes and tables.
 */
import { mdInlineText, mdText, mdUrl } from '../text/markdown-escape';

export { mdUrl };

/** Escapes one line of inline text (line breaks become spaces). */
export function mdInline(text: string): string {
  return mdInlineText(text);
}

/** Escapes a multi-line text line by line; a line starting like a list item, heading or quote stays plain. */
export function mdParagraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => mdText(line))
    .join('  \n');
}

/** A blockquote of the text, every line prefixed. */
export function mdQuote(text: string): string {
  return mdParagraphs(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A table cell: escaped, on one line. */
function mdCell(text: string): string {
  return mdText(text);
}

export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head.map(mdCell)), line(head.map(() => '---')), ...rows.map((r) => line(r.map(mdCell)))].join(
    '\n',
  );
}
