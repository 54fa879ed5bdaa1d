/*
 * Words by the platform's word segmenter, which also segments Chinese. The comparison counts them where it is
 * made (the build, the worker, the CLI): a segmenter's first use costs over 20 ms, a page load's main thread
 * should not pay that.
 */

const segmenters = new Map<string, Intl.Segmenter>();

export function countWords(text: string, lang: string): number {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, seg);
  }
  let n = 0;
  for (const part of seg.segment(text)) if (part.isWordLike) n++;
  return n;
}
