import { describe, expect, it } from 'vitest';
import type { SideAnalysis } from '../../../src/core/compare/types';
import { atmosphericsRows } from '../../../src/core/view/atmospherics-rows';

function side(hits: [string, string][], lang: 'zh' | 'en'): SideAnalysis {
  return {
    lang,
    completeness: 'full',
    chars: 100,
    words: 20,
    sentences: [],
    atmospherics: hits.map(([id, word], i) => ({ id, word, start: i, end: i + 1 })),
  };
}

describe('atmosphericsRows', () => {
  it('sets each side’s words for the same quality side by side', () => {
    const rows = atmosphericsRows(
      side(
        [
          ['candid', '坦诚'],
          ['constructive', '建设性'],
        ],
        'zh',
      ),
      side([['constructive', 'constructive']], 'en'),
    );
    expect(rows).toEqual([
      { id: 'candid', words: [['坦诚'], []] },
      { id: 'constructive', words: [['建设性'], ['constructive']] },
    ]);
  });

  it('puts words translators use for one another ("frank" for 坦诚) in one row, without duplicates', () => {
    const rows = atmosphericsRows(
      side(
        [
          ['candid', '坦诚'],
          ['candid', '坦诚'],
        ],
        'zh',
      ),
      side([['frank', 'frank']], 'en'),
    );
    expect(rows).toEqual([{ id: 'candid', words: [['坦诚'], ['frank']] }]);
  });
});
