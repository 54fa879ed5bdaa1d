import { describe, expect, it } from 'vitest';
import {
  bilingualOf,
  buildUserMeeting,
  parseParticipants,
  rebuildUserMeeting,
  slugify,
  webUrl,
} from '../../../src/core/ingest/user-meeting';
import { userMeetingProblem } from '../../../src/core/ingest/validate-user-meeting';

// Test data written for these tests, not official texts.
const cn = { text: '双方举行了测试会谈。', lang: 'zh' as const };
const us = { text: 'The two sides held test talks.', lang: 'en' as const };
const env = { today: '2031-03-05', random: 'Ab3x9Z' };

describe('buildUserMeeting', () => {
  it('builds a valid user meeting from two texts and an empty form', () => {
    const meeting = buildUserMeeting(cn, us, {}, env);
    expect(meeting.id).toBe('user-2031-03-05-readouts-ab3x9z');
    expect(meeting.origin).toBe('user');
    expect(meeting.date).toBe('2031-03-05');
    expect(meeting.format).toBe('meeting');
    expect(meeting.title).toEqual({ en: 'Readouts of 2031-03-05', zh: '2031年3月5日纪要' });
    expect(meeting.readouts.map((r) => [r.id, r.side, r.lang, r.kind, r.completeness])).toEqual([
      ['cn-zh', 'cn', 'zh', 'original', 'full'],
      ['us-en', 'us', 'en', 'original', 'full'],
    ]);
    expect(meeting.readouts[0]?.issuer).toEqual({ en: 'Chinese side', zh: '中方' });
    expect(userMeetingProblem(meeting)).toBeNull();
  });

  it('uses the form: date, format, title, place, participants, issuer and source', () => {
    const meeting = buildUserMeeting(
      {
        ...cn,
        issuer: { en: 'Ministry of Foreign Affairs of the PRC', zh: '中华人民共和国外交部' },
        sourceUrl: 'https://example.org/cn',
      },
      {
        ...us,
        issuer: 'Test Office',
        sourceUrl: 'javascript:alert(1)',
        completeness: 'excerpt',
        file: 'us.html',
      },
      {
        date: '2031-03-06',
        endDate: '2031-03-07',
        format: 'talks',
        title: 'Li Ming – John Smith test talks',
        place: 'Geneva',
        participants: {
          cn: 'Li Ming / 李明, Foreign Minister / 外交部长',
          us: 'John Smith (Secretary of State)',
        },
      },
      env,
    );
    expect(meeting.id).toBe('user-2031-03-06-li-ming-john-smith-test-talks-ab3x9z');
    expect(meeting.endDate).toBe('2031-03-07');
    expect(meeting.place).toEqual({ en: 'Geneva', zh: 'Geneva' });
    expect(meeting.participants).toEqual([
      { side: 'cn', name: { en: 'Li Ming', zh: '李明' }, title: { en: 'Foreign Minister', zh: '外交部长' } },
      {
        side: 'us',
        name: { en: 'John Smith', zh: 'John Smith' },
        title: { en: 'Secretary of State', zh: 'Secretary of State' },
      },
    ]);
    expect(meeting.readouts[0]?.source).toEqual({ url: 'https://example.org/cn' });
    expect(meeting.readouts[1]?.source).toEqual({});
    expect(meeting.readouts[1]?.issuer).toEqual({ en: 'Test Office', zh: 'Test Office' });
    expect(meeting.readouts[1]?.completeness).toBe('excerpt');
    expect(meeting.readouts[1]?.file).toBe('us.html');
  });

  it('records who asked for the call when the form says, and leaves it out when not stated', () => {
    expect(buildUserMeeting(cn, us, { requestedBy: 'us' }, env).requestedBy).toBe('us');
    expect(buildUserMeeting(cn, us, {}, env)).not.toHaveProperty('requestedBy');
  });

  it('titles a meeting after its participants when the form has no title', () => {
    const meeting = buildUserMeeting(cn, us, { participants: { cn: '李明', us: 'John Smith' } }, env);
    expect(meeting.title).toEqual({ en: '李明 – John Smith', zh: '李明–John Smith' });
    expect(meeting.id).toBe('user-2031-03-05-smith-ab3x9z');
  });

  it('ignores an invalid date and an end date before the start', () => {
    const meeting = buildUserMeeting(cn, us, { date: '2031-13-40', endDate: '2020-01-01' }, env);
    expect(meeting.date).toBe('2031-03-05');
    expect(meeting.endDate).toBeUndefined();
  });

  it('keeps the id when rebuilt after an edit', () => {
    const original = buildUserMeeting(cn, us, {}, env);
    const edited = rebuildUserMeeting(
      original,
      cn,
      { ...us, text: 'Edited.' },
      { date: '2031-04-01' },
      { ...env, random: 'zzz' },
    );
    expect(edited.id).toBe(original.id);
    expect(edited.date).toBe('2031-04-01');
    expect(edited.readouts[1]?.text).toBe('Edited.');
  });
});

describe('parseParticipants / bilingualOf / slugify / webUrl', () => {
  it('splits lines and semicolons, reads "(title)" and ", title"', () => {
    expect(parseParticipants('A (t1)；B, t2\n\nC', 'us').map((p) => [p.name.en, p.title.en])).toEqual([
      ['A', 't1'],
      ['B', 't2'],
      ['C', ''],
    ]);
  });

  it('reads both languages in either order', () => {
    expect(bilingualOf('王毅 / Wang Yi')).toEqual({ en: 'Wang Yi', zh: '王毅' });
    expect(bilingualOf('Wang Yi／王毅')).toEqual({ en: 'Wang Yi', zh: '王毅' });
    expect(bilingualOf('AC/DC')).toEqual({ en: 'AC/DC', zh: 'AC/DC' });
  });

  it('makes ASCII slugs of at most 40 characters', () => {
    expect(slugify('Readout of Secretary Blinken’s Call with Wang Yi')).toBe(
      'secretary-blinken-call-wang-yi',
    );
    expect(slugify('Café São Paulo')).toBe('cafe-sao-paulo');
    expect(slugify('王毅同布林肯通电话')).toBe('');
    expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(40);
  });

  it('accepts only absolute web addresses', () => {
    expect(webUrl(' https://www.mfa.gov.cn/a b ')).toBe('https://www.mfa.gov.cn/a%20b');
    expect(webUrl('javascript:alert(1)')).toBeUndefined();
    expect(webUrl('/relative')).toBeUndefined();
  });
});

describe('userMeetingProblem', () => {
  it('names the broken field of a stored record', () => {
    const good = buildUserMeeting(cn, us, {}, env);
    expect(userMeetingProblem(null)).toBe('not an object');
    expect(userMeetingProblem({ ...good, id: '2031-03-05-x' })).toBe('id');
    expect(userMeetingProblem({ ...good, origin: 'corpus' })).toBe('origin');
    expect(userMeetingProblem({ ...good, readouts: [{ ...good.readouts[0], text: 42 }] })).toBe(
      'readouts[0].text',
    );
    expect(userMeetingProblem({ ...good, participants: [{ side: 'xx' }] })).toBe('participants[0]');
  });

  it('accepts who asked as cn or us, or absent (older records), and names anything else', () => {
    const good = buildUserMeeting(cn, us, {}, env);
    expect(userMeetingProblem({ ...good, requestedBy: 'cn' })).toBeNull();
    expect(userMeetingProblem({ ...good, requestedBy: 'us' })).toBeNull();
    for (const bad of ['US', 'both', '', null, 1]) {
      expect(userMeetingProblem({ ...good, requestedBy: bad }), String(bad)).toBe('requestedBy');
    }
  });

  it('refuses stored links that are not http(s), wherever a link is rendered from', () => {
    const good = buildUserMeeting({ ...cn, sourceUrl: 'https://example.org/cn' }, us, {}, env);
    const [first, second] = good.readouts;
    if (!first || !second) throw new Error('two readouts expected');
    const withSource = (url: unknown) => ({
      ...good,
      readouts: [{ ...first, source: { ...first.source, url } }, second],
    });
    expect(userMeetingProblem(withSource('https://example.org/cn'))).toBeNull();
    expect(userMeetingProblem(withSource('http://example.org/cn'))).toBeNull();
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative',
      '',
      42,
    ]) {
      expect(userMeetingProblem(withSource(url)), String(url)).toBe('readouts[0].source.url');
    }
    const quoted = {
      ...good,
      readouts: [
        first,
        { ...second, quotedIn: [{ seed: 'x.txt', outlet: { en: 'O', zh: 'O' }, url: 'data:,x' }] },
      ],
    };
    expect(userMeetingProblem(quoted)).toBe('readouts[1].quotedIn[0].url');
    const missing = {
      ...good,
      missing: [{ side: 'us', issuer: { en: 'I', zh: 'I' }, source: { url: 'vbscript:x' } }],
    };
    expect(userMeetingProblem(missing)).toBe('missing[0].source.url');
  });
});
