import { loadCorpusFromDisk } from '../scripts/vite-plugin-readouts';
import { ROOT } from '../tests/e2e/production-browser';

/*
 * Texts a reader might paste into #/new for the browser benchmarks: sentences of the corpus readouts in one
 * language, shuffled (a fixed seed, so every run pastes the same text), in paragraphs of four, cut to size.
 */

/** Every sentence of the corpus texts in one language, read by the corpus loader (in file order). */
function corpusSentences(lang: 'zh' | 'en'): string[] {
  const { meetings } = loadCorpusFromDisk('readouts', ROOT);
  const split = lang === 'zh' ? /(?<=[。！？])/ : /(?<=[.!?])\s+/;
  return meetings
    .flatMap((m) => m.readouts)
    .filter((r) => r.lang === lang)
    .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''))
    .flatMap((r) =>
      r.text
        .split(split)
        .map((s) => s.trim())
        .filter((s) => s.length > 8),
    );
}

/** Shuffled corpus sentences, in paragraphs of four, up to `size` characters. */
export function pastedText(lang: 'zh' | 'en', size: number): string {
  const sentences = corpusSentences(lang);
  let seed = lang === 'zh' ? 7 : 11;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const para = Array.from({ length: 4 }, () => sentences[next() % sentences.length]).join(
      lang === 'zh' ? '' : ' ',
    );
    paragraphs.push(para);
    length += para.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, size);
}
