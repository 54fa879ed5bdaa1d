import { describe, expect, it } from 'vitest';
import { jsonSafe } from '../../../src/browser/store/json-safe';

describe('jsonSafe', () => {
  it('keeps plain JSON values as they are', () => {
    const value = { id: 'user-x', n: 1.5, ok: true, none: null, list: ['a', { b: 2 }], text: '中\u{1F600}' };
    expect(jsonSafe(value)).toEqual(value);
  });

  it('tags what JSON cannot hold instead of throwing or dropping it', () => {
    const cyclic: Record<string, unknown> = { id: 'user-c' };
    cyclic.self = cyclic;
    const shared = { s: 1 };
    const value = {
      big: 12345678901234567890n,
      nan: Number.NaN,
      date: new Date(Date.UTC(2031, 2, 5)),
      bad: new Date(Number.NaN),
      map: new Map([['k', 1n]]),
      set: new Set(['a']),
      bytes: new Uint8Array([104, 105]),
      buffer: new Uint8Array([1, 2, 3]).buffer,
      re: /x+/gi,
      cyclic,
      twice: [shared, shared],
    };
    const safe = jsonSafe(value);
    expect(() => JSON.stringify(safe)).not.toThrow();
    expect(safe).toEqual({
      big: { $type: 'BigInt', value: '12345678901234567890' },
      nan: { $type: 'Number', value: 'NaN' },
      date: { $type: 'Date', value: '2031-03-05T00:00:00.000Z' },
      bad: { $type: 'Date', value: 'Invalid Date' },
      map: { $type: 'Map', entries: [['k', { $type: 'BigInt', value: '1' }]] },
      set: { $type: 'Set', values: ['a'] },
      bytes: { $type: 'Uint8Array', base64: 'aGk=' },
      buffer: { $type: 'ArrayBuffer', base64: 'AQID' },
      re: { $type: 'RegExp', source: 'x+', flags: 'gi' },
      cyclic: { id: 'user-c', self: { $type: 'Circular' } },
      // The same object twice is not a cycle.
      twice: [{ s: 1 }, { s: 1 }],
    });
  });

  it('cuts off a hostile nesting depth instead of overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const safe = jsonSafe(deep);
    expect(JSON.stringify(safe)).toContain('"$type":"TooDeep"');
  });
});
