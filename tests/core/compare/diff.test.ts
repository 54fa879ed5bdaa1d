import { describe, expect, it } from 'vitest';
import { diffRange, diffTexts } from '../../../src/core/compare/diff';
import { normalizeText } from '../../../src/core/text/normalize';

describe('diffTexts', () => {
  it('diffs English by words', () => {
    const ops = diffTexts(
      'Mr. Finer stressed the importance of peace.',
      'Mr. Finer underscored the importance of peace.',
      'en',
    );
    expect(ops.filter(([op]) => op !== 0)).toEqual([
      [-1, 'stressed'],
      [1, 'underscored'],
    ]);
  });

  it('diffs Chinese by characters with semantic clean-up', () => {
    // Two outlets' renderings of the same White House sentence (seeds 000 and 002).
    const a = '芬纳强调台海和南海和平与稳定的重要性。';
    const b = '费纳先生向刘建超强调了台湾海峡和南海和平与稳定的重要性。';
    const ops = diffTexts(a, b, 'zh');
    expect(ops.map(([, t]) => t).join('')).not.toBe('');
    expect(
      ops
        .filter(([op]) => op <= 0)
        .map(([, t]) => t)
        .join(''),
    ).toBe(a);
    expect(
      ops
        .filter(([op]) => op >= 0)
        .map(([, t]) => t)
        .join(''),
    ).toBe(b);
    expect(ops).toContainEqual([0, '和南海和平与稳定的重要性。']);
  });
});

describe('diffRange', () => {
  it('reports operations in the original texts, Traditional and full-width included', () => {
    const origA = '雙方在２０２３年會晤';
    const na = normalizeText(origA, { toSimplified: (s) => s.replace('雙', '双').replace('會', '会') });
    const nb = normalizeText('双方在2024年会晤');
    const ops = diffRange(na, [0, na.text.length], nb, [0, nb.text.length], 'zh');
    for (const op of ops) {
      if (op.op !== 'insert') expect(origA.slice(op.a?.start, op.a?.end)).toBe(op.text);
      if (op.op === 'insert') expect(nb.original.slice(op.b?.start, op.b?.end)).toBe(op.text);
      if (op.op === 'equal')
        expect(nb.original.slice(op.b?.start, op.b?.end)).toBe(nb.text.slice(op.b?.start, op.b?.end));
    }
    expect(ops.find((o) => o.op === 'delete')?.text).toBe('３');
    expect(ops.find((o) => o.op === 'insert')?.text).toBe('4');
    expect(ops[0]).toMatchObject({ op: 'equal', text: '雙方在２０２' });
  });
});
