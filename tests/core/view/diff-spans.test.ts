import { describe, expect, it } from 'vitest';
import type { DiffOp } from '../../../src/core/compare/types';
import { diffDecorations, diffSpans } from '../../../src/core/view/diff-spans';

const a = 'We discussed Taiwan. We agreed.';
const b = 'They discussed Taiwan and trade.';

describe('diffSpans', () => {
  const ops: DiffOp[] = [
    { op: 'delete', text: 'We' },
    { op: 'insert', text: 'They' },
    { op: 'equal', text: ' discussed Taiwan' },
    { op: 'delete', text: '. We agreed.' },
    { op: 'insert', text: ' and trade.' },
  ];

  it('maps deletions to offsets in side a', () => {
    expect(diffSpans(ops, 'a', a, [{ start: 0, end: a.length }])).toEqual([
      { start: 0, end: 2 },
      { start: 19, end: 31 },
    ]);
  });

  it('maps insertions to offsets in side b', () => {
    const spans = diffSpans(ops, 'b', b, [{ start: 0, end: b.length }]);
    expect(spans.map((s) => b.slice(s.start, s.end))).toEqual(['They', ' and trade.']);
  });

  it('follows a row made of several sentences, skipping a separator the engine added', () => {
    const text = 'One.  Two.';
    // The engine joined "One." and "Two." with a single space, the source has two.
    const rowOps: DiffOp[] = [
      { op: 'equal', text: 'One. ' },
      { op: 'delete', text: 'Two.' },
    ];
    const spans = diffSpans(rowOps, 'a', text, [
      { start: 0, end: 4 },
      { start: 6, end: 10 },
    ]);
    expect(spans).toEqual([{ start: 6, end: 10 }]);
  });

  it('produces diff decorations of the side’s own kind', () => {
    expect(diffDecorations(ops, 'b', b, [{ start: 0, end: b.length }])[0]).toMatchObject({
      kind: 'diff',
      op: 'insert',
    });
  });
});

describe('diffSpans with the engine’s spans', () => {
  it('uses the spans each operation carries, even where the text was normalised', () => {
    const text = '國務卿布林肯表示';
    const ops: DiffOp[] = [
      { op: 'equal', text: '國務卿', a: { start: 0, end: 3 }, b: { start: 0, end: 3 } },
      { op: 'delete', text: '布林肯', a: { start: 3, end: 6 } },
      { op: 'insert', text: '秦刚', b: { start: 3, end: 5 } },
    ];
    expect(diffSpans(ops, 'a', text, [{ start: 0, end: 8 }])).toEqual([{ start: 3, end: 6 }]);
    expect(diffSpans(ops, 'b', '國務卿秦刚', [{ start: 0, end: 5 }])).toEqual([{ start: 3, end: 5 }]);
  });
});
