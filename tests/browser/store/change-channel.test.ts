import { afterEach, describe, expect, it, vi } from 'vitest';
import { openChangeChannel } from '../../../src/browser/store/change-channel';

interface Ping {
  type: 'ping';
  n: number;
}
const isPing = (data: unknown): data is Ping =>
  typeof data === 'object' &&
  data !== null &&
  (data as Ping).type === 'ping' &&
  typeof (data as Ping).n === 'number';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
  vi.unstubAllGlobals();
});

describe('openChangeChannel', () => {
  it('carries a message to the other tabs, not back to the sender, and ignores other shapes', async () => {
    const heardByA: Ping[] = [];
    const heardByB: Ping[] = [];
    const a = openChangeChannel('change-test', isPing, (m) => heardByA.push(m));
    const b = openChangeChannel('change-test', isPing, (m) => heardByB.push(m));
    const stray = new BroadcastChannel('change-test');
    closers.push(a.close, b.close, () => stray.close());
    stray.postMessage({ type: 'other' });
    a.post({ type: 'ping', n: 1 });
    await vi.waitFor(() => expect(heardByB).toEqual([{ type: 'ping', n: 1 }]));
    expect(heardByA).toEqual([]);
  });

  it('works alone where there is no BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = openChangeChannel('alone', isPing, () => undefined);
    expect(() => channel.post({ type: 'ping', n: 1 })).not.toThrow();
    channel.close();
  });
});
