import { describe, expect, it } from 'vitest';
import {
  editMeetingHref,
  meetingHref,
  newFromHref,
  opensOnTarget,
  parseRoute,
  routeHref,
} from '../../../src/core/view/route';

describe('parseRoute', () => {
  it('reads the list route from an empty or root hash', () => {
    expect(parseRoute('')).toEqual({ name: 'list' });
    expect(parseRoute('#/')).toEqual({ name: 'list' });
    expect(parseRoute('#')).toEqual({ name: 'list' });
  });
  it('reads meeting ids, decoding them', () => {
    expect(parseRoute('#/meeting/2024-01-10-liu-finer')).toEqual({
      name: 'meeting',
      id: '2024-01-10-liu-finer',
    });
    expect(parseRoute('#/meeting/user-%E4%B8%AD')).toEqual({ name: 'meeting', id: 'user-中' });
  });
  it('reads the topic a meeting link opens on, and ignores one that is no topic id', () => {
    expect(parseRoute('#/meeting/2023-06-14-qin-blinken?topic=taiwan')).toEqual({
      name: 'meeting',
      id: '2023-06-14-qin-blinken',
      topic: 'taiwan',
    });
    expect(parseRoute('#/meeting/x?topic=south-china-sea&other=1')).toMatchObject({
      topic: 'south-china-sea',
    });
    for (const bad of ['', 'Taiwan', '<b>', 'a--b', '-a', 'a%20b']) {
      expect(parseRoute(`#/meeting/x?topic=${bad}`)).toEqual({ name: 'meeting', id: 'x' });
    }
  });
  it('reads the bring-your-own route, with or without a query', () => {
    expect(parseRoute('#/new')).toEqual({ name: 'new' });
    expect(parseRoute('#/new?edit=user-1')).toEqual({ name: 'new' });
    expect(parseRoute(newFromHref('2024-01-08-defense-policy-talks'))).toEqual({ name: 'new' });
  });
  it('marks anything else as not found', () => {
    expect(parseRoute('#/meetings')).toEqual({ name: 'not-found', path: '/meetings' });
    expect(parseRoute('#/meeting/')).toEqual({ name: 'not-found', path: '/meeting/' });
    expect(parseRoute('#/meeting/%E4%')).toEqual({ name: 'not-found', path: '/meeting/%E4%' });
  });
});

describe('routeHref', () => {
  it('round-trips every route', () => {
    for (const hash of [
      '#/',
      '#/new',
      '#/meeting/user-abc',
      '#/meeting/2023-06-14-qin-blinken-call',
      '#/meeting/2023-06-14-qin-blinken?topic=internal-affairs',
    ]) {
      expect(routeHref(parseRoute(hash))).toBe(hash);
    }
  });
  it('reads and writes the texts a meeting link names, ignoring values that are no text id', () => {
    expect(parseRoute('#/meeting/x?topic=taiwan&cn=cn-idcpc-en&us=us-wh-en-rfi')).toEqual({
      name: 'meeting',
      id: 'x',
      topic: 'taiwan',
      texts: { cn: 'cn-idcpc-en', us: 'us-wh-en-rfi' },
    });
    expect(parseRoute('#/meeting/x?us=us-en')).toEqual({ name: 'meeting', id: 'x', texts: { us: 'us-en' } });
    for (const bad of ['', '<b>', '-x', 'a b', 'x'.repeat(200)])
      expect(parseRoute(`#/meeting/x?cn=${encodeURIComponent(bad)}`)).toEqual({ name: 'meeting', id: 'x' });
    expect(meetingHref('x', 'taiwan', { cn: 'cn-a', us: 'us-b' })).toBe(
      '#/meeting/x?topic=taiwan&cn=cn-a&us=us-b',
    );
    expect(meetingHref('x', null, { us: 'us-b' })).toBe('#/meeting/x?us=us-b');
    expect(routeHref(parseRoute('#/meeting/x?cn=cn-a&us=us-b'))).toBe('#/meeting/x?cn=cn-a&us=us-b');
  });
  it('links to editing one of the reader’s meetings', () => {
    expect(editMeetingHref('user-2024-01-01-a b')).toBe('#/new?edit=user-2024-01-01-a%20b');
  });
  it('encodes ids', () => {
    expect(meetingHref('a b')).toBe('#/meeting/a%20b');
    expect(meetingHref('a b', 'taiwan')).toBe('#/meeting/a%20b?topic=taiwan');
    expect(meetingHref('a', null)).toBe('#/meeting/a');
  });
});

describe('opensOnTarget', () => {
  it('is true for a meeting link to a topic or to a sentence, and false for a plain page', () => {
    expect(opensOnTarget(parseRoute('#/meeting/a?topic=taiwan'))).toBe(true);
    expect(opensOnTarget(parseRoute('#/meeting/a?cn=x&s=cn:3'))).toBe(true);
    expect(opensOnTarget(parseRoute('#/meeting/a?cn=x&us=y'))).toBe(false);
    expect(opensOnTarget(parseRoute('#/meeting/a?s=nowhere'))).toBe(false);
    expect(opensOnTarget(parseRoute('#/ledger'))).toBe(false);
  });
});
