import { describe, expect, it } from 'vitest';
import type { TitledName } from '../../../src/core/extract/types';
import type { FoundMeeting, MetaPrefill } from '../../../src/core/ingest/prefill-meta';
import { suggestDetails } from '../../../src/ui/byo/suggest-details';

const FM = {
  key: 'foreign-minister',
  side: 'cn' as const,
  title: { en: 'Minister of Foreign Affairs', zh: '外交部长' },
};
const SS = {
  key: 'secretary-of-state',
  side: 'us' as const,
  title: { en: 'Secretary of State', zh: '国务卿' },
};

function titled(side: 'cn' | 'us', lang: 'zh' | 'en', name: string): TitledName {
  const title = side === 'cn' ? FM : SS;
  return {
    side,
    lang,
    name,
    title: { ...title, forms: { en: [], zh: [] } },
    guessed: true,
    evidence: { in: 'body', start: 0, end: name.length },
  };
}

function found(
  from: FoundMeeting['from'],
  unlisted: TitledName[],
  more: Partial<FoundMeeting> = {},
): FoundMeeting {
  return { from, participants: [], unlisted, ...more };
}

describe('what the two texts suggest for the details', () => {
  it('joins officials the gazetteer does not list across the two languages, once each, with a title', () => {
    const cn: MetaPrefill = {
      date: '2031-03-05',
      format: 'meeting',
      title: '李明同约翰·史密斯举行会谈',
      found: found('text', [titled('cn', 'zh', '李明'), titled('us', 'zh', '约翰·史密斯')], {
        place: { en: 'Geneva', zh: '日内瓦' },
      }),
    };
    const us: MetaPrefill = {
      title: "Secretary Smith's Meeting with Foreign Minister Li Ming",
      // The same name found twice (headline and opening) counts once.
      found: found('text', [
        titled('cn', 'en', 'Li Ming'),
        titled('us', 'en', 'John Smith'),
        titled('cn', 'en', 'Li Ming'),
      ]),
    };
    const s = suggestDetails(cn, us);
    expect(s.values).toMatchObject({
      title: 'Li Ming meets John Smith / 李明会见约翰·史密斯',
      date: '2031-03-05',
      format: 'meeting',
      place: 'Geneva / 日内瓦',
      participantsCn: 'Li Ming / 李明, Minister of Foreign Affairs / 外交部长',
      participantsUs: 'John Smith / 约翰·史密斯, Secretary of State / 国务卿',
    });
    expect(s.origin).toMatchObject({ title: 'text', place: 'text', participantsCn: 'text' });
    expect(s.participants.map((p) => p.name.en)).toEqual(['Li Ming', 'John Smith']);
  });

  it('keeps the headlines as the title while a side’s participant is unknown, and marks a page’s findings', () => {
    const us: MetaPrefill = {
      title: 'Readout of a call (test)',
      issuer: { en: 'The White House', zh: '白宫' },
      sourceUrl: 'https://www.whitehouse.gov/test/',
      found: found('page', [titled('us', 'en', 'John Smith')], {
        requestedBy: { side: 'cn', phrase: 'at the request of' },
      }),
    };
    const s = suggestDetails(undefined, us);
    expect(s.values.title).toBe('Readout of a call (test)');
    expect(s.values.participantsUs).toBe('John Smith, Secretary of State / 国务卿');
    expect(s.origin).toMatchObject({ title: 'page', issuerUs: 'page', sourceUs: 'page' });
    expect(s.requestedBy).toEqual({ side: 'cn', phrase: 'at the request of', origin: 'page' });
    // Also a form value, a guess like the others, so the reader can change it before saving.
    expect([s.values.requestedBy, s.origin.requestedBy]).toEqual(['cn', 'page']);
  });

  it('puts participants a file’s front matter lists before those found', () => {
    const cn: MetaPrefill = {
      participants: ['Wang Yi / 王毅'],
      found: found('text', [titled('cn', 'zh', '李明')]),
    };
    expect(suggestDetails(cn, undefined).values.participantsCn).toBe('Wang Yi / 王毅');
  });
});
