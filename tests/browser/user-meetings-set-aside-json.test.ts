import { describe, expect, it } from 'vitest';
import { setAsideFileName, setAsideJson } from '../../src/browser/user-meetings-set-aside-json';

describe('setAsideJson', () => {
  it('writes every record with its reason, where it is, and the value as stored', () => {
    const now = new Date(2031, 2, 5, 12, 0, 0);
    const text = setAsideJson(
      [
        {
          store: 'set-aside',
          storeKey: 1,
          record: {
            key: 'user-a',
            value: { id: 'user-a', big: 1n },
            reason: 'meeting origin',
            at: 1_900_000_000_000,
          },
        },
        {
          store: 'meetings',
          storeKey: 'user-b',
          record: { key: 'user-b', value: 'x', reason: 'record is not an object', at: 0 },
        },
      ],
      now,
    );
    const file = JSON.parse(text);
    expect(file).toMatchObject({ kind: 'set-aside own meetings', exportedAt: now.toISOString() });
    expect(file.records).toEqual([
      {
        key: 'user-a',
        reason: 'meeting origin',
        setAsideAt: new Date(1_900_000_000_000).toISOString(),
        stillInMeetingsStore: false,
        value: { id: 'user-a', big: { $type: 'BigInt', value: '1' } },
      },
      {
        key: 'user-b',
        reason: 'record is not an object',
        setAsideAt: null,
        stillInMeetingsStore: true,
        value: 'x',
      },
    ]);
    expect(setAsideFileName(now)).toBe('readout-compare-set-aside-meetings-2031-03-05.json');
  });
});
