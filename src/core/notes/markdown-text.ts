/**
 * Putting untrusted text (readout quotes, the reader's notes, imported files) into Markdown so that it shows
 * as written: Markdown and HTML syntax are escaped, so a renderer never turns it into markup or runs it.
 */

const INLINE_SPECIALS = /[\\`*_[\]<>&|#~!]/g;

/** Escapes one line of inline text. */
export function mdInline(text: string): string {
  return text.replace(INLINE_SPECIALS, (c) => `\\${c}`);
}

/** Escapes a multi-line text; a line starting like a list item, heading or quote is kept as plain text. */
export function mdParagraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => mdInline(line).replace(/^(\s*)([-+]|\d+[.)])(\s)/, '$1\\$2$3'))
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
export function mdCell(text: string): string {
  return mdInline(text.replace(/\s*\r?\n\s*/g, ' '));
}

/** An autolink for an http(s) URL; null for anything else (no javascript: or data: links). */
export function mdUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s<>]+$/i.test(url)) return null;
  return `<${url}>`;
}

export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head.map(mdCell)), line(head.map(() => '---')), ...rows.map((r) => line(r.map(mdCell)))].join(
    '\n',
  );
}
