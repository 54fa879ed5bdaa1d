/**
 * Untrusted text (readout sentences, file names, front-matter values) into Markdown, so that any CommonMark or
 * GitHub-flavoured renderer shows it as written and never turns it into markup: no raw HTML, no entities, no
 * links, images or autolinks, no emphasis, code, headings, quotes or lists, no broken table. Where a link is
 * wanted, `mdUrl` makes one only for an http(s) address.
 */

// Characters with an inline meaning anywhere in a line: escape, code, emphasis, strikethrough, links and
// images ([ ] — with those escaped, "![" and "](" cannot form), raw HTML and autolinks (<), entities (&),
// table cells (|), heading closers (#), quotes (>).
const INLINE = /[\\`*_~[\]<>&|#]/g;

// Markers that open a block when they start a line (or a list item's text): list items and setext
// underlines (- + =), ordered lists ("1." / "1)": the stop is escaped, a backslash before a digit is no escape).
const LEADING = /^(?:([-+=])|(\d{1,9})([.)]))/;

// Bare addresses that GitHub-flavoured Markdown would turn into links: scheme://…, www.…, and e-mail
// addresses. A backslash before ":" / "." / "@" keeps them text (CommonMark renders "\:" as ":").
const AUTOLINK = /([a-z][a-z0-9+.-]*)(:)(?=\/\/)|\b(www)(\.)|(@)(?=[a-z0-9-]+\.)/gi;

// C0 and C1 controls (other than those folded into spaces), DEL, and bidirectional overrides that would make
// the rendered text read differently from what it is.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text inside a line (between other Markdown), inline-safe: whitespace runs (line breaks included) become one
 * space, kept at the ends so pieces can be joined.
 */
export function mdInlineText(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/[\s\u0085]+/g, ' ')
    .replace(INLINE, (c) => `\\${c}`)
    .replace(AUTOLINK, (_m, scheme, colon, www, dot, at) =>
      scheme !== undefined ? `${scheme}\\${colon}` : www !== undefined ? `${www}\\${dot}` : `\\${at}`,
    );
}

/** One line of text, trimmed, inline-safe and safe at the start of a line or a list item. */
export function mdText(text: string): string {
  return mdInlineText(text)
    .trim()
    .replace(LEADING, (_m, mark, digits, stop) => (mark ? `\\${mark}` : `${digits}\\${stop}`));
}

/** Text shortened to at most `max` characters (an ellipsis marks the cut), then escaped. */
export function mdExcerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return mdText(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/**
 * An autolink for an http(s) address; null for anything else (javascript:, data:, vbscript:, relative
 * addresses, or text that is not one address). Characters that could end the link or break a table row are
 * percent-encoded.
 */
export function mdUrl(url: string | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an address with a control character is refused
  if (!/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(trimmed) || /[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const safe = parsed.href.replace(/[<>|\\`"'\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `<${safe}>`;
}
