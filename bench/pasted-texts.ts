import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../tests/e2e/production-browser';

/*
 * Texts a reader might paste into #/new for the browser benchmarks: sentences of the corpus readouts in one
 * language, shuffled (a fixed seed, so every run pastes the same text), in paragraphs of four, cut to size.
 */

/** Every sentence of the corpus texts in one language (bodies after the front matter). */
function corpusSentences(lang: 'zh' | 'en'): string[] {
  const dir = resolve(ROOT, 'readouts');
  const out: string[] = [];
  for (const meeting of readdirSync(dir, { withFileTypes: true })) {
    if (!meeting.isDirectory()) continue;
    for (const file of readdirSync(resolve(dir, meeting.name))) {
      if (!file.endsWith('.md')) continue;
      const raw = readFileSync(resolve(dir, meeting.name, file), 'utf8');
      if (!new RegExp(`^lang: ${lang}$`, 'm').test(raw)) continue;
      const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
      const split = lang === 'zh' ? /(?<=[。！？])/ : /(?<=[.!?])\s+/;
      out.push(
        ...body
          .split(split)
          .map((s) => s.trim())
          .filter((s) => s.length > 8),
      );
    }
  }
  return out;
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
