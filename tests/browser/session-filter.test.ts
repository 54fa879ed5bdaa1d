// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSessionFilter, writeSessionFilter } from '../../src/browser/session-filter';
import { EMPTY_FILTER } from '../../src/core/view/meeting-filter';

const KEY = 'readout-compare.list-filter';

afterEach(() => {
  vi.restoreAllMocks();
  window.sessionStorage.clear();
});

describe('session filter', () => {
  it('reads back what it wrote for this tab', () => {
    const filter = { topic: 'taiwan', participant: 'wang-yi', from: '2024-01-01', to: null, query: '芬太尼' };
    writeSessionFilter(filter);
    expect(readSessionFilter()).toEqual(filter);
  });

  it('reads no filter when nothing is stored, or what is stored is not a filter', () => {
    expect(readSessionFilter()).toEqual(EMPTY_FILTER);
    for (const raw of ['not json', 'null', '42']) {
      window.sessionStorage.setItem(KEY, raw);
      expect(readSessionFilter(), raw).toEqual(EMPTY_FILTER);
    }
  });

  it('drops a field of the wrong type and keeps the others', () => {
    window.sessionStorage.setItem(KEY, JSON.stringify({ topic: 7, participant: 'x', query: ['a'] }));
    expect(readSessionFilter()).toEqual({ ...EMPTY_FILTER, participant: 'x' });
  });

  it('neither throws nor stores when storage refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => writeSessionFilter({ ...EMPTY_FILTER, query: 'x' })).not.toThrow();
    expect(readSessionFilter()).toEqual(EMPTY_FILTER);
  });
});
