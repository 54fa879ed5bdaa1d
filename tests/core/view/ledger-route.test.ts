import { describe, expect, it } from 'vitest';
import { LEDGER_HREF, meetingHref, parseRoute, routeHref } from '../../../src/core/view/route';

describe('links of the ledger', () => {
  it('reads and writes the across-meetings page', () => {
    expect(parseRoute('#/ledger')).toEqual({ name: 'ledger' });
    expect(parseRoute('#/ledger?kind=phrase')).toEqual({ name: 'ledger' });
    expect(routeHref({ name: 'ledger' })).toBe(LEDGER_HREF);
  });

  it('reads and writes the sentence a meeting link opens on, with its texts and topic', () => {
    const href = meetingHref('x', 'taiwan', { cn: 'cn-a', us: 'us-b' }, { side: 'us', index: 12 });
    expect(href).toBe('#/meeting/x?topic=taiwan&cn=cn-a&us=us-b&s=us:12');
    expect(parseRoute(href)).toEqual({
      name: 'meeting',
      id: 'x',
      topic: 'taiwan',
      texts: { cn: 'cn-a', us: 'us-b' },
      sentence: { side: 'us', index: 12 },
    });
    expect(routeHref(parseRoute(href))).toBe(href);
    expect(meetingHref('x', null, null, { side: 'cn', index: 0 })).toBe('#/meeting/x?s=cn:0');
  });

  it('ignores a sentence target that is not one', () => {
    for (const bad of ['', 'cn', 'cn:', 'xx:1', 'cn:-1', 'cn:1.5', 'cn:1234567', 'us:3&', '<b>']) {
      expect(parseRoute(`#/meeting/x?s=${encodeURIComponent(bad)}`)).toEqual({ name: 'meeting', id: 'x' });
    }
  });
});
