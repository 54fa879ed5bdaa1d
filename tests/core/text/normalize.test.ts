import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from '../../../src/core/text/normalize';

/** Every normalised unit maps back to original text that normalises to it. */
function slicesBack(original: string, toSimplified?: (s: string) => string) {
  const n = normalizeText(original, { toSimplified });
  return {
    n,
    back: (start: number, end: number) => {
      const span = toOriginalSpan(n, start, end);
      return original.slice(span.start, span.end);
    },
  };
}

describe('normalizeText', () => {
  it('folds full-width letters and digits to ASCII but keeps Chinese punctuation', () => {
    const { n } = slicesBack('中美两国在ＡＰＥＣ会议期间，于２０２３年１１月会晤；双方同意！');
    expect(n.text).toBe('中美两国在APEC会议期间，于2023年11月会晤；双方同意！');
  });

  it('maps a match in folded text back to the full-width original', () => {
    const original = '关于ＡＩ风险的沟通';
    const { n, back } = slicesBack(original);
    const at = n.text.indexOf('AI');
    expect(back(at, at + 2)).toBe('ＡＩ');
  });

  it('straightens curly and corner quotes', () => {
    const { n } = slicesBack('“伍德赛德峰会”「一个中国」China’s');
    expect(n.text).toBe('"伍德赛德峰会""一个中国"China\'s');
  });

  it('folds whitespace runs, keeping paragraph and line breaks', () => {
    const { n, back } = slicesBack('  The two sides\u00a0 met.\r\n\r\n\u3000Both   agreed.\nEnd.  \n');
    expect(n.text).toBe('The two sides met.\n\nBoth agreed.\nEnd.');
    const both = n.text.indexOf('Both');
    expect(back(both, both + 'Both agreed.'.length)).toBe('Both   agreed.');
  });

  it('drops zero-width characters without shifting later offsets', () => {
    const original = '台\u200b湾问题';
    const { n, back } = slicesBack(original);
    expect(n.text).toBe('台湾问题');
    expect(back(0, 2)).toBe('台\u200b湾');
    expect(back(2, 4)).toBe('问题');
  });

  it('converts Traditional to Simplified with an injected converter, offsets unchanged', () => {
    const table: Record<string, string> = { 臺: '台', 灣: '湾', 問: '问', 題: '题' };
    const convert = (s: string) => [...s].map((c) => table[c] ?? c).join('');
    const original = '雙方談及「臺灣問題」';
    const { n, back } = slicesBack(original, convert);
    const at = n.text.indexOf('台湾问题');
    expect(at).toBeGreaterThan(0);
    expect(back(at, at + 4)).toBe('臺灣問題');
  });

  it('keeps the map exact when the converter changes the length of a chunk', () => {
    // A phrase-level converter that rewrites one word to a longer one: the chunk falls back to characters.
    const convert = (s: string) => s.replace('網際網路', '互联网络呀').replace(/討/g, '讨');
    const original = '討論網際網路安全';
    const { n, back } = slicesBack(original, convert);
    expect(n.text).toBe('讨論網際網路安全');
    expect(n.starts.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      const span = toOriginalSpan(n, i, i + 1);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(original.length);
    }
    expect(back(0, n.text.length)).toBe(original);
  });

  it('maps an empty span to a position, not a range', () => {
    const { n } = slicesBack('abc');
    expect(toOriginalSpan(n, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(toOriginalSpan(n, 3, 3)).toEqual({ start: 3, end: 3 });
  });
});
