import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from '../../../src/core/text/normalize';
import { hasTraditional, loadSimplifier } from '../../../src/core/text/simplifier';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/engine/${name}`, import.meta.url), 'utf8').replace(
    /^---\n[\s\S]*?\n---\n/,
    '',
  );

describe('hasTraditional', () => {
  it('spots a Traditional-script readout', () => {
    expect(hasTraditional(fixture('2024-01-10-finer-liu-us-zh-rfi-hant.md'))).toBe(true);
  });

  it('is false for Simplified text and for English', () => {
    expect(hasTraditional(fixture('2024-01-10-finer-liu-us-zh-rfi.md'))).toBe(false);
    expect(hasTraditional('The two sides discussed Taiwan.')).toBe(false);
  });
});

describe('loadSimplifier', () => {
  it('converts Taiwan and Hong Kong forms to Simplified, character for character', async () => {
    const convert = await loadSimplifier();
    expect(convert('臺灣海峽和南海和平與穩定')).toBe('台湾海峡和南海和平与稳定');
    expect(convert('衞生綫路')).toBe('卫生线路');
  });

  it('returns the same converter on every call', async () => {
    expect(await loadSimplifier()).toBe(await loadSimplifier());
  });

  it('lets a Traditional readout be matched in Simplified with offsets into the pasted text', async () => {
    const original = fixture('2024-01-10-finer-liu-us-zh-rfi-hant.md');
    const n = normalizeText(original, { toSimplified: await loadSimplifier() });
    for (const [simplified, traditional] of [
      ['台湾海峡', '臺灣海峽'],
      ['伍德赛德峰会', '伍德賽德峰會'],
      ['高层外交', '高層外交'],
      ['2023年11月', '２０２３年１１月'],
    ] as const) {
      const at = n.text.indexOf(simplified);
      expect(at, simplified).toBeGreaterThanOrEqual(0);
      const span = toOriginalSpan(n, at, at + simplified.length);
      expect(original.slice(span.start, span.end)).toBe(traditional);
    }
  });
});
