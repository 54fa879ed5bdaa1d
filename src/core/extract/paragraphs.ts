/**
 * The last cleaning of a body: paragraphs that are page furniture rather than readout (an editor line,
 * 【打印】【关闭】, "Share", "###", the headline or the dateline repeated at the top) are left out, and the rest
 * is joined with one blank line between paragraphs, the corpus's text format.
 */

/** A line is furniture only if it is short: a long paragraph that happens to start "Source:" is text. */
const FURNITURE_MAX = 80;

export interface CleanOptions {
  /** Patterns of whole short paragraphs to drop (from the issuer rules). */
  dropText: readonly RegExp[];
  /** The headline: dropped when the body repeats it as its first paragraphs. */
  title?: string;
}

const comparable = (text: string) => text.replace(/[\s\u3000]+/g, '').toLowerCase();

/** A paragraph made of nothing but a date, a time and a source/author label (a dateline block). */
const META_LINE =
  /^(?:\d{4}[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:来源|作者|发布时间|字号|Source|Author|Date)\s*[:：].{0,40})(?:\s+(?:来源|作者|字号|Source)\s*[:：].{0,40})*$/i;

export function cleanParagraphs(paragraphs: readonly string[], options: CleanOptions): string[] {
  const kept = paragraphs.filter((p) => {
    if (p.length > FURNITURE_MAX) return true;
    if (META_LINE.test(p)) return false;
    return !options.dropText.some((re) => re.test(p));
  });
  const title = options.title ? comparable(options.title) : '';
  while (title && kept.length > 1 && comparable(kept[0] as string) === title) kept.shift();
  return kept;
}

export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
