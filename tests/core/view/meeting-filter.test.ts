import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterMeetings,
  isFilterEmpty,
  participantOptions,
  type SearchScope,
  searchableTexts,
  sortMeetings,
} from '../../../src/core/view/meeting-filter';
import { meetingEntry } from '../../../src/core/view/meeting-index';
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
const [qinEntry, finerEntry] = [meetingEntry(qin, lexicon), meetingEntry(finer, lexicon)];
const all = [qinEntry, finerEntry];
/** Search with the readout texts loaded, and before they are. */
const withTexts: SearchScope = { topics: lexicon.topics, texts: searchableTexts([qin, finer]) };
const metadataOnly: SearchScope = { topics: lexicon.topics, texts: null };
const ids = (entries: { meeting: { id: string } }[]) => entries.map((e) => e.meeting.id);

describe('filterMeetings', () => {
  it('passes everything through an empty filter', () => {
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    expect(filterMeetings(all, EMPTY_FILTER, withTexts)).toHaveLength(2);
  });
  it('keeps meetings where either side mentions the topic', () => {
    expect(ids(filterMeetings(all, { ...EMPTY_FILTER, topic: 'internal-affairs' }, withTexts))).toEqual([
      qin.id,
    ]);
  });
  it('filters by participant across meetings', () => {
    expect(filterMeetings(all, { ...EMPTY_FILTER, participant: 'antony blinken' }, withTexts)).toHaveLength(
      2,
    );
    expect(filterMeetings(all, { ...EMPTY_FILTER, participant: 'liu jianchao' }, withTexts)).toEqual([
      finerEntry,
    ]);
  });
  it('filters by an inclusive date range', () => {
    expect(filterMeetings(all, { ...EMPTY_FILTER, from: '2024-01-10' }, withTexts)).toEqual([finerEntry]);
    expect(filterMeetings(all, { ...EMPTY_FILTER, to: '2023-06-14' }, withTexts)).toEqual([qinEntry]);
  });
  it('searches titles, names and readout texts in either language, every word', () => {
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: '芬纳' }, withTexts)).toEqual([finerEntry]);
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: 'STRESSED open' }, withTexts)).toEqual([qinEntry]);
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: 'stressed 芬纳' }, withTexts)).toEqual([]);
  });
  it('finds meetings by the labels of the topics they mention, in either language', () => {
    expect(ids(filterMeetings(all, { ...EMPTY_FILTER, query: '主权' }, metadataOnly))).toEqual([qin.id]);
    expect(ids(filterMeetings(all, { ...EMPTY_FILTER, query: 'climate' }, metadataOnly))).toEqual([finer.id]);
  });
  it('before the texts load, matches titles, names and topics but not words only in the texts', () => {
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: 'Finer' }, metadataOnly)).toEqual([finerEntry]);
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: 'stressed' }, metadataOnly)).toEqual([]);
    expect(filterMeetings(all, { ...EMPTY_FILTER, query: 'stressed' }, withTexts)).toEqual([qinEntry]);
  });
});

describe('participantOptions', () => {
  it('lists each person once, labelled in the UI language', () => {
    const options = participantOptions([qin, finer], 'zh');
    expect(options).toHaveLength(3);
    expect(options.map((o) => o.label)).toContain('刘建超');
    expect(participantOptions([qin, finer], 'en').map((o) => o.label)).toEqual([
      'Antony Blinken',
      'Liu Jianchao',
      'Qin Gang',
    ]);
  });
});

describe('sortMeetings', () => {
  it('puts the newest meeting first', () => {
    expect(ids(sortMeetings(all))).toEqual([finer.id, qin.id]);
  });
});
