import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterMeetings,
  isFilterEmpty,
  participantOptions,
  sortMeetings,
} from '../../../src/core/view/meeting-filter';
import { meetingTopics } from '../../../src/core/view/meeting-grid';
import { lexicon, meeting, readout } from './fixtures';

const qin = meeting();
const finer = meeting({
  id: '2024-01-10-liu-finer',
  date: '2024-01-10',
  title: { en: 'Liu Jianchao meets Jon Finer', zh: '刘建超会见芬纳' },
  participants: [
    { side: 'cn', name: { en: 'Liu Jianchao', zh: '刘建超' }, title: { en: 'Minister', zh: '部长' } },
    {
      side: 'us',
      name: { en: 'Antony Blinken', zh: '布林肯' },
      title: { en: 'Secretary of State', zh: '国务卿' },
    },
  ],
  readouts: [readout({ id: 'cn', side: 'cn', lang: 'zh', text: '双方就气候变化交换意见。' })],
});
const all = [qin, finer];
const topics = new Map(all.map((m) => [m.id, meetingTopics(m, lexicon)]));

describe('filterMeetings', () => {
  it('passes everything through an empty filter', () => {
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    expect(filterMeetings(all, EMPTY_FILTER, topics)).toHaveLength(2);
  });
  it('keeps meetings where either side mentions the topic', () => {
    const ids = filterMeetings(all, { ...EMPTY_FILTER, topic: 'internal-affairs' }, topics).map((m) => m.id);
    expect(ids).toEqual([qin.id]);
  });
  it('filters by participant across meetings', () => {
    expect(filterMeetings(all, { ...EMPTY_FILTER, participant: 'antony blinken' }, topics)).toHaveLength(2);
    expect(filterMeetings(all, { ...EMPTY_FILTER, participant: 'liu jianchao' }, topics)).toEqual([finer]);
  });
  it('filters by an inclusive date range', () => {
    expect(filterMeetings(all, { ...EMPTY_FILTER, from: '2024-01-10' }, topics)).toEqual([finer]);
    expect(filterMeetings(all, { ...EMPTY_FILTER, to: '2023-06-14' }, topics)).toEqual([qin]);
  });
  it('searches titles, names and readout texts in either language, every word', () => {
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: '芬纳' }, topics)).toEqual([finer]);
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: 'LINES communication' }, topics)).toEqual([qin]);
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: 'lines 芬纳' }, topics)).toEqual([]);
  });
});

describe('participantOptions', () => {
  it('lists each person once, labelled in the UI language', () => {
    const options = participantOptions(all, 'zh');
    expect(options).toHaveLength(3);
    expect(options.map((o) => o.label)).toContain('刘建超');
    expect(participantOptions(all, 'en').map((o) => o.label)).toEqual([
      'Antony Blinken',
      'Liu Jianchao',
      'Qin Gang',
    ]);
  });
});

describe('sortMeetings', () => {
  it('puts the newest meeting first', () => {
    expect(sortMeetings(all).map((m) => m.id)).toEqual([finer.id, qin.id]);
  });
});
