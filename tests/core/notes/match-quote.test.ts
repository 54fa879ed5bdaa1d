import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/notes/anchor';
import {
  CONTEXT_LENGTH,
  capPrefix,
  capSuffix,
  describeRange,
  MAX_CONTEXT,
} from '../../../src/core/notes/describe';
import {
  boundedDistance,
  CONTEXT_MAX_ERRORS,
  MAX_FUZZY_QUOTE,
  matchQuote,
} from '../../../src/core/notes/match-quote';
import { checkNote } from '../../../src/core/notes/note-shape';
import { FINER, loadMeeting, readoutText } from './corpus-fixture';
import { makeNote, targetOn } from './notes-fixture';

/*
 * Bounded anchoring: context is capped, the context's error budget is fixed, and each quote's work has a
 * budget; a quote that cannot be placed within it is not placed (the note is orphaned), never a freeze.
 */

const usZh = readoutText(loadMeeting(FINER), 'us-wh-zh-rfi');

/** A 5,000-character Chinese text where 的 occurs hundreds of times (the reported freeze). */
function longText(): string {
  const base = readoutText(loadMeeting(FINER), 'cn-idcpc-zh') + usZh;
  let text = '';
  while (text.length < 5000) text += base;
  return text.slice(0, 5000);
}

describe('context caps', () => {
  it('keeps at most MAX_CONTEXT characters, those next to the quote', () => {
    expect(MAX_CONTEXT).toBe(64);
    const prefix = `${'a'.repeat(100)}${'b'.repeat(64)}`;
    const suffix = `${'c'.repeat(64)}${'d'.repeat(100)}`;
    expect(capPrefix(prefix)).toBe('b'.repeat(64));
    expect(capSuffix(suffix)).toBe('c'.repeat(64));
    expect(capPrefix('short')).toBe('short');
  });

  it('never cuts a surrogate pair', () => {
    const prefix = `😀${'x'.repeat(63)}`; // the emoji's low half would be the 64th character from the end
    expect(capPrefix(prefix)).toBe('x'.repeat(63));
    const suffix = `${'y'.repeat(63)}😀`;
    expect(capSuffix(suffix)).toBe('y'.repeat(63));
  });

  it('caps what describeRange keeps, even when asked for more', () => {
    const start = usZh.indexOf('坦诚和建设性的讨论');
    expect(describeRange(usZh, start, start + 9).quote.prefix).toHaveLength(CONTEXT_LENGTH);
    const wide = describeRange(usZh, start, start + 9, 1000);
    expect(wide.quote.prefix.length).toBeLessThanOrEqual(MAX_CONTEXT);
    expect(wide.quote.suffix.length).toBeLessThanOrEqual(MAX_CONTEXT);
  });

  it('caps a stored note when it is read back (checkNote), so old records carry no more either', () => {
    const target = targetOn('us-wh-zh-rfi', '坦诚和建设性的讨论');
    target.selectors.quote.prefix = `${'前'.repeat(1000)}${target.selectors.quote.prefix}`;
    target.selectors.quote.suffix = `${target.selectors.quote.suffix}${'后'.repeat(1000)}`;
    const checked = checkNote(makeNote('other', '', [target]));
    if (!checked.ok) throw new Error(checked.reason);
    expect(checked.value.targets[0].selectors.quote.prefix).toHaveLength(MAX_CONTEXT);
    expect(checked.value.targets[0].selectors.quote.suffix).toHaveLength(MAX_CONTEXT);
  });
});

describe('boundedDistance', () => {
  it('is the edit distance up to the bound, and bound + 1 beyond it', () => {
    expect(boundedDistance('kitten', 'sitting', 8)).toBe(3);
    expect(boundedDistance('', 'abc', 8)).toBe(3);
    expect(boundedDistance('abc', 'abc', 0)).toBe(0);
    expect(boundedDistance('abcdef', 'badcfe', 2)).toBe(3);
    expect(boundedDistance('a'.repeat(64), 'b'.repeat(64), CONTEXT_MAX_ERRORS)).toBe(CONTEXT_MAX_ERRORS + 1);
    expect(boundedDistance('a', 'a'.repeat(40), 8)).toBe(9);
  });
});

describe('matchQuote within its budget', () => {
  const text = longText();
  const hostilePrefix = '我'.repeat(1000);
  const hostileSuffix = '你'.repeat(1000);

  it('places a common quote with a 1,000-character context the same as with that context cut to 64', () => {
    const hostile = matchQuote(text, '的', { prefix: hostilePrefix, suffix: hostileSuffix, hint: 2500 });
    const capped = matchQuote(text, '的', {
      prefix: hostilePrefix.slice(-MAX_CONTEXT),
      suffix: hostileSuffix.slice(0, MAX_CONTEXT),
      hint: 2500,
    });
    expect(hostile).toEqual(capped);
    expect(hostile && text.slice(hostile.start, hostile.end)).toBe('的');
  });

  it('scores a context with a fixed error budget: past CONTEXT_MAX_ERRORS edits it counts for nothing', () => {
    const start = usZh.indexOf('坦诚和建设性的讨论');
    const exact = usZh.slice(start, start + 9);
    const prefix = usZh.slice(start - MAX_CONTEXT, start);
    const garbled = (n: number) => `${'某'.repeat(n)}${prefix.slice(n)}`;
    const score = (p: string) => matchQuote(usZh, exact, { prefix: p, suffix: '', hint: start })?.score ?? -1;
    expect(score(garbled(0))).toBeGreaterThan(score(garbled(4)));
    expect(score(garbled(4))).toBeGreaterThan(score(garbled(CONTEXT_MAX_ERRORS)));
    // Past the budget, 20 edits and 60 edits are the same: nothing.
    expect(score(garbled(20))).toBe(score(garbled(60)));
  });

  it('gives up (null: the note is orphaned) when the quote cannot be placed within the budget', () => {
    const quote = '双方讨论了目前落实那次峰会主要成果的情况'; // edited below, so only a fuzzy search finds it
    const edited = text.replaceAll(quote, '双方讨论了落实峰会主要成果的情况');
    expect(matchQuote(edited, quote)).not.toBeNull();
    expect(matchQuote(edited, quote, { budget: 10_000 })).toBeNull();
    expect(matchQuote(text, '的', { prefix: hostilePrefix, suffix: hostileSuffix, budget: 1000 })).toBeNull();
  });

  it('finds long quotes only unchanged (fuzzy search is for quotes up to MAX_FUZZY_QUOTE)', () => {
    const long = text.slice(100, 100 + MAX_FUZZY_QUOTE + 50);
    expect(matchQuote(text, long)?.start).toBe(100);
    const changed = `${long.slice(0, 200)}改${long.slice(201)}`;
    expect(matchQuote(text, changed)).toBeNull();
  });

  it('comes back (placed or not) on degenerate input instead of running without end', () => {
    // Every position is an equally good approximate match: the worst case for finding where matches start.
    expect(matchQuote('a'.repeat(200_000), `${'a'.repeat(63)}b`)).toBeNull();
    expect(matchQuote('a'.repeat(200_000), 'aaaaaaab')).toBeNull();
    expect(matchQuote('ab'.repeat(50_000), `${'ab'.repeat(100)}c`, { prefix: 'x'.repeat(64) })).toBeNull();
  });

  it('anchors a hostile selector on the page: the stored position still wins when the text there matches', () => {
    const at = text.indexOf('的', 3000);
    const selectors = {
      quote: {
        type: 'TextQuoteSelector' as const,
        exact: '的',
        prefix: hostilePrefix,
        suffix: hostileSuffix,
      },
      position: { type: 'TextPositionSelector' as const, start: at, end: at + 1 },
    };
    expect(anchorSelectors(text, selectors)).toMatchObject({ method: 'position', start: at });
  });
});
