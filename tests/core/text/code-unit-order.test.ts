import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { byCodeUnits } from '../../../src/core/text/code-unit-order';
import { atAGlance } from '../../../src/core/view/at-a-glance';
import { topicRows } from '../../../src/core/view/topic-rows';
import { readoutInput, realLexicon } from '../compare/corpus-texts';

afterEach(() => vi.restoreAllMocks());

describe('byCodeUnits', () => {
  it('orders ids, dates and ISO times as their characters do', () => {
    const ids = [
      'taiwan-strait',
      'military-channels',
      'taiwan',
      '2024-01-10',
      '2023-06-14T08:00:00Z',
      'trade',
    ];
    expect([...ids].sort(byCodeUnits)).toEqual([
      '2023-06-14T08:00:00Z',
      '2024-01-10',
      'military-channels',
      'taiwan',
      'taiwan-strait',
      'trade',
    ]);
    expect(byCodeUnits('fentanyl', 'fentanyl')).toBe(0);
  });

  it('leaves the meeting page’s first views without a collator (the first localeCompare costs several ms)', () => {
    const collate = vi.spyOn(String.prototype, 'localeCompare');
    const comparison = compareReadouts(
      readoutInput('readouts/2024-01-10-liu-finer/cn-idcpc-zh.md'),
      readoutInput('readouts/2024-01-10-liu-finer/us-wh-en-rfi.md'),
      realLexicon(),
    );
    atAGlance(comparison);
    topicRows(comparison);
    expect(collate).not.toHaveBeenCalled();
  });
});
