import { describe, expect, it } from 'vitest';
import { findFormat } from '../../../../src/core/extract/meta/find-format';
import { findPlace } from '../../../../src/core/extract/meta/find-place';
import { findTitledNames, pairTitledNames } from '../../../../src/core/extract/meta/find-titled-names';
import { meetingTitle } from '../../../../src/core/extract/meta/meeting-title';
import { officials } from '../data';

// The fictional pair the end-to-end tests paste (tests/e2e/byo.test.ts): names the gazetteer cannot know.
const CN_TITLE = '李明同约翰·史密斯举行会谈（测试数据）';
const CN_TEXT =
  '2031年3月5日，外交部长李明在日内瓦同美国国务卿约翰·史密斯举行会谈。\n\n李明表示，双方应当加强沟通。';
const US_TITLE = "Secretary Smith's Meeting with Foreign Minister Li Ming (test data)";
const US_TEXT =
  'Secretary of State John Smith met with Foreign Minister Li Ming in Geneva. The Secretary underscored…';

describe('officials the gazetteer does not list, introduced by a title', () => {
  it('finds them in each language with their side, title and evidence', () => {
    const zh = findTitledNames(CN_TEXT, 'zh', officials(), { title: CN_TITLE });
    expect(zh.map((t) => [t.side, t.name, t.title.key])).toEqual([
      ['cn', '李明', 'foreign-minister'],
      ['us', '约翰·史密斯', 'secretary-of-state'],
    ]);
    const at = CN_TEXT.indexOf('约翰·史密斯');
    expect(zh[1]).toMatchObject({ guessed: true, evidence: { in: 'body', start: at, end: at + 6 } });
    const en = findTitledNames(US_TEXT, 'en', officials(), { title: US_TITLE });
    // The headline is read first.
    expect(en.map((t) => [t.side, t.name])).toEqual([
      ['cn', 'Li Ming'],
      ['us', 'John Smith'],
    ]);
  });

  it('joins the pair’s two languages into participants, and with format and place makes the meeting', () => {
    const participants = pairTitledNames(
      findTitledNames(CN_TEXT, 'zh', officials(), { title: CN_TITLE }),
      findTitledNames(US_TEXT, 'en', officials(), { title: US_TITLE }),
    );
    expect(participants.map((p) => [p.side, p.name, p.title])).toEqual([
      ['cn', { zh: '李明', en: 'Li Ming' }, { en: 'Minister of Foreign Affairs', zh: '外交部长' }],
      ['us', { zh: '约翰·史密斯', en: 'John Smith' }, { en: 'Secretary of State', zh: '国务卿' }],
    ]);
    expect(participants.every((p) => p.guessed && p.official === undefined)).toBe(true);
    const format = findFormat(CN_TEXT, CN_TITLE)?.value;
    expect(format).toBe('meeting');
    expect(findPlace(US_TEXT, officials(), { title: US_TITLE })?.value).toEqual({
      en: 'Geneva',
      zh: '日内瓦',
    });
    expect(meetingTitle(participants, format)?.value).toEqual({
      en: 'Li Ming meets John Smith',
      zh: '李明会见约翰·史密斯',
    });
  });

  it('keeps an English name on its line (a pasted headline followed by its dateline)', () => {
    const pasted =
      'Readout of the Call with Foreign Minister Li Ming\nMarch 5, 2031\nSecretary of State John Smith spoke.';
    expect(findTitledNames(pasted, 'en', officials()).map((t) => t.name)).toEqual(['Li Ming', 'John Smith']);
  });

  it('a title used by both sides (商务部长) takes its side from a country word, else the readout’s side', () => {
    const found = findTitledNames('美国商务部长史密斯同商务部长赵某通电话。', 'zh', officials());
    expect(found.map((t) => [t.side, t.name, t.title.title.en])).toEqual([
      ['us', '史密斯', 'Secretary of Commerce'],
      ['cn', '赵某', 'Minister of Commerce'],
    ]);
    const fromUs = findTitledNames('商务部长史密斯发表讲话。', 'zh', officials(), { readoutSide: 'us' });
    expect(fromUs[0]?.side).toBe('us');
  });

  it('leaves officials the gazetteer lists to the gazetteer, and a name in one text only in both fields', () => {
    expect(findTitledNames('外交部长王毅同美国国务卿布林肯通电话。', 'zh', officials())).toEqual([]);
    expect(findTitledNames('外交部副部长赵某同美国副国务卿钱某通电话。', 'zh', officials())).toEqual([]);
    expect(
      findTitledNames(
        'Deputy Secretary of State Jane Roe met Vice Foreign Minister Zhao.',
        'en',
        officials(),
      ),
    ).toEqual([]);
    const single = pairTitledNames(findTitledNames(CN_TEXT, 'zh', officials()), []);
    expect(single.map((p) => p.name)).toEqual([
      { zh: '李明', en: '李明' },
      { zh: '约翰·史密斯', en: '约翰·史密斯' },
    ]);
  });
});
