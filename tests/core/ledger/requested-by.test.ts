import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/extract/officials';
import { findRequests } from '../../../src/core/ledger/requested-by';
import type { Lang, Side } from '../../../src/core/model';
import { at, corpusLedger, ctx, ledgerOf } from './ledger-fixtures';

/** [party, words] of every request statement in one text. */
function requests(text: string, lang: Lang): [Side, string][] {
  return findRequests(ctx(text, lang)).map((r) => [r.party, at(text, r)]);
}

describe('who asked for the call, in real readouts', () => {
  it('应约 in the Chinese readout: the US side asked (Qin–Blinken), with the words as evidence', () => {
    const { ledger, texts } = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    expect(ledger.facts.requestedBy).toBe('b');
    expect(ledger.facts.requestedParty).toBe('us');
    const ev = ledger.facts.requestedEvidence;
    expect(ev?.side).toBe(0);
    expect(ev && at(texts[0], ev)).toBe('应约同美国国务卿布林肯');
  });

  it('"at the latter\'s request" in the English translation: the latter is the last one named (Blinken)', () => {
    const { ledger, texts } = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-en-rfi', 'us-state-en-rfi');
    expect(ledger.facts.requestedBy).toBe('b');
    const ev = ledger.facts.requestedEvidence;
    expect(ev && at(texts[0], ev)).toBe("at the latter's request");
  });

  it('Wang Xiaohong–Mayorkas: 应约同美国国土安全部部长马约卡斯视频通话', () => {
    const { ledger, texts } = corpusLedger(
      '2024-01-10-wang-xiaohong-mayorkas',
      'cn-mps-zh-zhixinwen',
      'us-dhs-zh-voa',
    );
    expect(ledger.facts.requestedBy).toBe('b');
    const ev = ledger.facts.requestedEvidence;
    expect(ev && at(texts[0], ev)).toBe('应约同美国国土安全部部长马约卡斯');
  });

  it('not stated when neither text says (Liu–Finer)', () => {
    const { ledger } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-en-rfi');
    expect(ledger.facts).toMatchObject({
      requestedBy: null,
      requestedEvidence: null,
      requestedParty: null,
      requestMentions: [],
    });
  });
});

describe('the words that name the asker', () => {
  it('Chinese: 应X邀请, 应X之约, 应邀访华, 应约会见X', () => {
    expect(requests('王毅应美国国务卿布林肯邀请访问华盛顿。', 'zh')).toEqual([
      ['us', '应美国国务卿布林肯邀请'],
    ]);
    expect(requests('布林肯应中方之约来华访问。', 'zh')).toEqual([['cn', '应中方之约']]);
    expect(requests('美国国务卿布林肯应邀访华。', 'zh')).toEqual([['cn', '应邀访华']]);
    expect(requests('王毅应约会见美国国务卿布林肯。', 'zh')).toEqual([['us', '应约会见美国国务卿布林肯']]);
  });

  it('English: "at the invitation of", "at X\'s request", "was requested by", "X requested the call"', () => {
    expect(requests('Wang Yi visited Washington at the invitation of Secretary Blinken.', 'en')).toEqual([
      ['us', 'at the invitation of Secretary Blinken'],
    ]);
    expect(
      requests("Minister Wang Wentao spoke with Secretary Raimondo at the U.S. side's request.", 'en'),
    ).toEqual([['us', "at the U.S. side's request"]]);
    expect(requests('The call was requested by the Chinese side.', 'en')).toEqual([
      ['cn', 'was requested by the Chinese side'],
    ]);
    expect(requests('The Chinese side requested the call to discuss trade.', 'en')).toEqual([
      ['cn', 'The Chinese side requested the call'],
    ]);
    expect(requests("Blinken spoke with Wang Yi at the former's request.", 'en')).toEqual([
      ['us', "at the former's request"],
    ]);
  });
});

describe('the traps', () => {
  it('a request of a third party says nothing about this meeting', () => {
    expect(requests('At the request of Ukraine, the two sides discussed the war.', 'en')).toEqual([]);
    expect(
      requests("Wang Yi spoke by phone with Foreign Minister Kuleba at the latter's request.", 'en'),
    ).toEqual([]);
    expect(requests('应乌克兰方面请求，双方讨论了乌克兰危机。', 'zh')).toEqual([]);
    expect(requests('王毅应约同乌克兰外长库列巴通电话。', 'zh')).toEqual([]);
  });

  it('a negated request is not one', () => {
    expect(requests('The call was not at the request of the U.S. side.', 'en')).toEqual([]);
    expect(requests('此次通话并非应美方请求。', 'zh')).toEqual([]);
  });

  it("a request quoted or reported as a claim is not the readout's own statement", () => {
    expect(requests('美方声称此次通话是应中方请求举行的。', 'zh')).toEqual([]);
    expect(requests('中方对所谓“应中方请求”的说法表示不满。', 'zh')).toEqual([]);
    expect(
      requests('Beijing claimed the meeting took place at the request of the United States.', 'en'),
    ).toEqual([]);
    expect(
      requests('He said the call was "at the request of the Chinese side" and nothing more.', 'en'),
    ).toEqual([]);
  });

  it('应 of other words: 应约束 (should restrain), 回应 (respond to), 应尊重 (should respect)', () => {
    expect(requests('美方应约束“台独”势力。', 'zh')).toEqual([]);
    expect(requests('中方回应美方请求，同意举行会谈。', 'zh')).toEqual([]);
    expect(requests('美方应尊重中方请求。', 'zh')).toEqual([]);
  });

  it('two texts that name different askers: disputed, both kept, no answer', () => {
    const { ledger } = ledgerOf(
      { text: '国务委员王毅应约同美国国务卿布林肯通电话。', side: 'cn', lang: 'zh' },
      { text: 'Secretary Blinken spoke with Wang Yi at the request of the PRC.', side: 'us', lang: 'en' },
    );
    expect(ledger.facts.requestConflict).toBe(true);
    expect(ledger.facts.requestedBy).toBeNull();
    expect(ledger.facts.requestMentions.map((m) => [m.side, m.party])).toEqual([
      [0, 'us'],
      [1, 'cn'],
    ]);
  });

  it('two texts of one side: the asker is named, but it is neither compared side', () => {
    const { ledger } = ledgerOf(
      { text: '国务委员王毅应约同美国国务卿布林肯通电话。', side: 'cn', lang: 'zh' },
      {
        text: "State Councilor Wang Yi spoke by phone with U.S. Secretary of State Blinken at the latter's request.",
        side: 'cn',
        lang: 'en',
      },
    );
    expect([
      ledger.facts.requestedBy,
      ledger.facts.requestedParty,
      ledger.facts.requestMentions.length,
    ]).toEqual([null, 'us', 2]);
  });
});

describe('one detector for the ledger and for page extraction', () => {
  const find = (text: string, lang: Lang, options: Parameters<typeof findRequests>[1]) =>
    findRequests(ctx(text, lang), options).map((r) => [r.party, at(text, r), at(text, r.cue)]);

  it('应X要求 and 应约 with no one named: the asker, the words, and the request words themselves', () => {
    expect(find('应美方要求，双方举行会谈。', 'zh', {})).toEqual([['us', '应美方要求', '应美方要求']]);
    expect(find('国家主席习近平应约同美国总统拜登通电话。', 'zh', {})).toEqual([
      ['us', '应约同美国总统拜登', '应约'],
    ]);
    // No one named after 应约: the other side than the sentence's subject, or than the issuer.
    expect(find('拜登总统应约举行视频通话。', 'zh', {})).toEqual([['cn', '应约', '应约']]);
    expect(find('双方应约举行视频通话。', 'zh', {})).toEqual([]);
    expect(find('双方应约举行视频通话。', 'zh', { readoutSide: 'us' })).toEqual([['cn', '应约', '应约']]);
  });

  it('an invitation counts for the ledger, and not where the caller says so (the form’s “who asked”)', () => {
    expect(find('美国国务卿布林肯应邀访华。', 'zh', {})).toEqual([['cn', '应邀访华', '应邀']]);
    expect(find('美国国务卿布林肯应邀访华。', 'zh', { invitations: false })).toEqual([]);
    expect(find('王毅应布林肯邀请访美。', 'zh', { invitations: false })).toEqual([]);
    const text = 'Wang Yi visited Washington at the invitation of Secretary Blinken.';
    expect(find(text, 'en', { invitations: false })).toEqual([]);
    expect(
      find('Wang Yi spoke with Blinken at the request of the U.S. side.', 'en', { invitations: false }),
    ).toEqual([['us', 'at the request of the U.S. side', 'at the request of the U.S. side']]);
  });

  it('knows the gazetteer’s officials as their side', () => {
    // A fictional official (test data), in no seed list, introduced with no nationality.
    const gazetteer: Gazetteer = {
      officials: [
        {
          id: 'li-ming',
          side: 'cn',
          name: { en: 'Li Ming', zh: '李明' },
          short: { en: 'Li Ming', zh: '李明' },
          slug: 'li',
          forms: { en: ['Li Ming'], zh: ['李明'] },
          titles: [],
        },
      ],
      places: [],
      titles: [],
    };
    const text = 'The call was requested by Minister Li Ming.';
    expect(find(text, 'en', {})).toEqual([]);
    expect(find(text, 'en', { gazetteer })).toEqual([
      ['cn', 'was requested by Minister Li Ming', 'was requested by Minister Li Ming'],
    ]);
    expect(find('约翰·史密斯应约同李明通电话。', 'zh', { gazetteer })).toEqual([
      ['cn', '应约同李明', '应约'],
    ]);
  });

  it('a denied request, or one an outlet reports, is not the readout’s own statement', () => {
    const denied = 'The White House denied that the meeting took place at the request of Washington.';
    expect(find(denied, 'en', {})).toEqual([]);
    expect(find('美方否认应中方请求举行会谈。', 'zh', {})).toEqual([]);
    expect(find('有报道称此次通话系应美方要求进行。', 'zh', {})).toEqual([]);
  });
});
