import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';
import { segmentSentences } from '../../../src/core/text/segment';

function sentences(text: string, lang: Lang): string[] {
  return segmentSentences(text, lang).map((s) => text.slice(s.start, s.end));
}

const readout = (path: string) => {
  const raw = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
  return normalizeText(raw.replace(/^---\n[\s\S]*?\n---\n/, '')).text;
};

describe('segmentSentences: English', () => {
  it('does not split after U.S., Mr., Dr., initials, months or No.', () => {
    const text =
      'U.S. Principal Deputy National Security Advisor Mr. Jon Finer met Dr. Li on Jan. 10 in Washington, D.C. ' +
      'The U.S. Secretary of State and Assistant Secretary Daniel J. Kritenbrink attended. ' +
      'They discussed item No. 1 with the P.R.C. Government. The meeting was held in the U.S. The two sides agreed.';
    expect(sentences(text, 'en')).toEqual([
      'U.S. Principal Deputy National Security Advisor Mr. Jon Finer met Dr. Li on Jan. 10 in Washington, D.C.',
      'The U.S. Secretary of State and Assistant Secretary Daniel J. Kritenbrink attended.',
      'They discussed item No. 1 with the P.R.C. Government.',
      'The meeting was held in the U.S.',
      'The two sides agreed.',
    ]);
  });

  it('segments a corpus readout one sentence per statement', () => {
    const text = readout('readouts/2024-01-10-liu-finer/us-wh-en-rfi.md');
    const out = sentences(text, 'en');
    expect(out).toHaveLength(6);
    expect(out[4]).toMatch(/^U\.S\. Principal Deputy National Security Advisor Mr\. Jon Finer stressed/);
  });

  it('joins soft-wrapped lines and breaks list items', () => {
    const text =
      'The two sides discussed\nthe following issues:\n- Taiwan;\n- the South China Sea.\n\nA new paragraph.';
    const spans = segmentSentences(text, 'en');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'The two sides discussed\nthe following issues:',
      'Taiwan;',
      'the South China Sea.',
      'A new paragraph.',
    ]);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
  });

  it('keeps a bare list number with its item', () => {
    expect(sentences('Priorities. 1. Fentanyl. 2. Climate.', 'en')).toEqual([
      'Priorities.',
      '1. Fentanyl.',
      '2. Climate.',
    ]);
  });
});

describe('segmentSentences: Chinese', () => {
  it('splits at 。！？ and keeps a closing quote with its sentence', () => {
    const text = readout('readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md');
    const out = sentences(text, 'zh');
    expect(out).toHaveLength(6);
    expect(out[1]).toMatch(/讨论。$/);
    expect(out[5]).toBe('费纳先生和刘部长重申支持美国和中华人民共和国继续开展高层外交和互动。');
  });

  it('splits a long ；-chain into its statements but keeps short clauses together', () => {
    const text =
      '中方强调，在台湾问题上绝不会丝毫妥协退让，要求美方恪守一个中国原则，切实将有关承诺落到实处；中方也就南海问题阐明严正立场和重大关切；双方同意保持沟通。是的；不是。';
    expect(sentences(text, 'zh')).toEqual([
      '中方强调，在台湾问题上绝不会丝毫妥协退让，要求美方恪守一个中国原则，切实将有关承诺落到实处；',
      '中方也就南海问题阐明严正立场和重大关切；双方同意保持沟通。',
      '是的；不是。',
    ]);
  });

  it('treats each line as a paragraph, except list items', () => {
    const text = '双方讨论了：\n一、台湾问题。\n二、南海问题\n中方阐明了立场。';
    const spans = segmentSentences(text, 'zh');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '双方讨论了：',
      '一、台湾问题。',
      '二、南海问题',
      '中方阐明了立场。',
    ]);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
  });

  it('covers every character of content exactly once, in order', () => {
    const text = readout('readouts/2023-06-14-qin-blinken/cn-mfa-zh-rfi.md');
    const spans = segmentSentences(text, 'zh');
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
    const covered = spans.map((s) => text.slice(s.start, s.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
