import type { CompareInput } from '../src/core/compare/types';
import type { Lang, Meeting } from '../src/core/model';
import { normalizeText } from '../src/core/text/normalize';
import { segmentSentences } from '../src/core/text/segment';

/** Deterministic pseudo-random numbers, so every run benches the same texts. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** Every corpus sentence in one language, the material for synthetic texts. */
function sentencePool(meetings: Meeting[], lang: Lang): string[] {
  const pool: string[] = [];
  for (const m of meetings) {
    for (const r of m.readouts.filter((x) => x.lang === lang)) {
      const n = normalizeText(r.text);
      for (const s of segmentSentences(n.text, lang)) pool.push(n.text.slice(s.start, s.end));
    }
  }
  return pool;
}

function edit(sentence: string, lang: Lang, rand: () => number): string {
  if (lang === 'zh') {
    const at = Math.floor(rand() * Math.max(1, sentence.length - 3));
    return `${sentence.slice(0, at)}有关${sentence.slice(at + 2)}`;
  }
  const words = sentence.split(' ');
  words[Math.floor(rand() * words.length)] = 'relevant';
  return words.join(' ');
}

/**
 * A synthetic pair of readouts of about `chars` characters each, built from corpus sentences: `a` in
 * paragraphs of 3–5 sentences, `b` an edited version of it (sentences dropped, reworded, inserted), the way an
 * official text is revised after publication.
 */
export function syntheticPair(
  meetings: Meeting[],
  lang: Lang,
  chars: number,
): { a: CompareInput; b: CompareInput } {
  const pool = sentencePool(meetings, lang);
  const rand = lcg(lang === 'zh' ? 20_000 : 20_001);
  const any = () => pool[Math.floor(rand() * pool.length)] ?? '';
  const join = lang === 'zh' ? '' : ' ';
  const paragraphs: string[][] = [];
  let length = 0;
  while (length < chars) {
    const p = Array.from({ length: 3 + Math.floor(rand() * 3) }, any);
    paragraphs.push(p);
    length += p.join(join).length + 2;
  }
  const edited = paragraphs.map((p) =>
    p.flatMap((s) => {
      const r = rand();
      if (r < 0.08) return [];
      if (r < 0.16) return [edit(s, lang, rand)];
      if (r < 0.2) return [s, any()];
      return [s];
    }),
  );
  const text = (ps: string[][]) => ps.map((p) => p.join(join)).join('\n\n');
  return {
    a: { text: text(paragraphs), lang, side: 'cn', completeness: 'full' },
    b: { text: text(edited), lang, side: 'cn', completeness: 'full' },
  };
}
