import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/text/count-words';
import { readoutInput } from '../compare/corpus-texts';

/** Word-like segments of the whole text at once, as the segmenter gives them. */
function wholeText(text: string, lang: string): number {
  let n = 0;
  for (const part of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text))
    if (part.isWordLike) n++;
  return n;
}

const files = readdirSync(new URL('../../../readouts', import.meta.url), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((f) => f.endsWith('.md') && f.includes('/'))
  .map((f) => `readouts/${f}`);

describe('countWords', () => {
  it('counts line by line exactly what the segmenter counts on the whole text, on every corpus readout', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { text, lang } = readoutInput(file);
      const language = lang ?? (/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en');
      expect(countWords(text, language), file).toBe(wholeText(text, language));
    }
  });

  it('counts words on both sides of a line break, in CRLF text too', () => {
    expect(countWords('The two sides met.\r\n\r\nThey talked.', 'en')).toBe(6);
    expect(countWords('双方会见。\n双方会谈。', 'zh')).toBe(wholeText('双方会见。\n双方会谈。', 'zh'));
  });
});
