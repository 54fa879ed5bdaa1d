import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../src/core/extract/extract-page';
import { findMeetingDate, findMeetingMeta } from '../../../../src/core/extract/meta/find-meeting-meta';
import type { ExtractedPage } from '../../../../src/core/extract/types';
import { EXPECTED_PAGES } from '../../../fixtures/pages/expected';
import { issuerRules, officials, pageBytes } from '../data';

describe('the metadata of each test page’s meeting', () => {
  it.each(EXPECTED_PAGES.map((e) => [e.page, e] as const))('%s', (name, expected) => {
    const page = extractPage(
      { bytes: pageBytes(name), kind: 'html', url: expected.officialUrl },
      issuerRules(),
    );
    const meta = findMeetingMeta(page, officials());
    expect(meta.date?.value).toBe(expected.meeting.date ?? expected.date);
    expect(meta.date?.guessed).toBe(true);
    expect(meta.format?.value).toBe(expected.meeting.format);
    expect(meta.place?.value.en).toBe(expected.meeting.place);
    expect(meta.participants.map((p) => p.official)).toEqual(expected.meeting.participants);
    expect(meta.requestedBy?.side).toBe(expected.meeting.requestedBy);
    expect(meta.title?.guessed).toBe(true);
    expect(meta.title?.value.en).toBeTruthy();
    expect(meta.title?.value.zh).toMatch(/\p{Script=Han}/u);
  });
});

describe('the meeting’s date', () => {
  const page = (body: string, date?: string): ExtractedPage => ({
    body,
    lang: { value: 'zh', guessed: false, from: 'text' },
    method: 'plain',
    ...(date ? { date: { value: date, guessed: false, from: 'rule' as const } } : {}),
  });

  it('is the dateline of the opening, its year from the publication date, else the publication date', () => {
    expect(findMeetingDate(page('1月10日晚，双方通电话。', '2024-01-11'))).toMatchObject({
      value: '2024-01-10',
      guessed: true,
      evidence: { in: 'body', start: 0, end: 5 },
    });
    expect(findMeetingDate(page('12月31日，双方通电话。', '2025-01-02'))?.value).toBe('2024-12-31');
    expect(findMeetingDate(page('双方通电话。', '2024-01-11'))).toEqual({
      value: '2024-01-11',
      guessed: true,
      from: 'rule',
    });
    expect(findMeetingDate(page('双方通电话。'))).toBeUndefined();
  });
});
