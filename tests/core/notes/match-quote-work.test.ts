import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchQuote, WORK_BUDGET } from '../../../src/core/notes/match-quote';

/*
 * The work of an approximate search, counted rather than timed: every call of the search library is seen, with
 * the text it searched and the matches it returned (each of which it searched again to find its start).
 */
const work = vi.hoisted(() => ({ calls: 0, chars: 0, matches: 0 }));

vi.mock('approx-string-match', async (importOriginal) => {
  const original = (await importOriginal<typeof import('approx-string-match')>()).default;
  return {
    default: (text: string, pattern: string, maxErrors: number) => {
      const found = original(text, pattern, maxErrors);
      work.calls += 1;
      work.chars += text.length * Math.ceil(pattern.length / 32);
      work.matches += found.length;
      return found;
    },
  };
});

afterEach(() => {
  work.calls = 0;
  work.chars = 0;
  work.matches = 0;
});

describe('matchQuote’s work is bounded by its budget, whatever the input', () => {
  it('stops searching a long degenerate text once the budget is spent', () => {
    // Every position of the text ends an equally good match: unbounded, this is 500,000 backward searches.
    expect(matchQuote('a'.repeat(500_000), 'aaaaaaab')).toBeNull();
    expect(work.chars).toBeLessThanOrEqual(WORK_BUDGET);
    // Each match costs a backward search of at least 1,000 steps in the budget's accounting.
    expect(work.matches).toBeLessThanOrEqual(WORK_BUDGET / 1000 + 5000);
  });

  it('does not search approximately at all for a quote over MAX_FUZZY_QUOTE characters', () => {
    expect(matchQuote('b'.repeat(10_000), 'a'.repeat(2000))).toBeNull();
    expect(work.calls).toBe(0);
  });

  it('never searches the context: a 1,000-character prefix and suffix cost no search calls', () => {
    const text = '中美双方的会谈是坦诚的、建设性的。'.repeat(300);
    const found = matchQuote(text, '的', { prefix: '我'.repeat(1000), suffix: '你'.repeat(1000), hint: 10 });
    expect(found && text.slice(found.start, found.end)).toBe('的');
    expect(work.calls).toBe(0);
  });

  it('searches a modest text in full when the budget allows (no false orphans)', () => {
    const text = `${'双方讨论了全球和地区安全问题。'.repeat(200)}双方讨论了目前落实峰会成果的情况。`;
    const found = matchQuote(text, '双方讨论了目前落实那次峰会主要成果的情况', { hint: 0 });
    expect(found && text.slice(found.start, found.end)).toContain('落实峰会成果的情况');
    expect(work.calls).toBeGreaterThan(1);
  });
});
