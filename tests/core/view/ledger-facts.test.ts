import { describe, expect, it } from 'vitest';
import { factsView, shareParty } from '../../../src/core/view/ledger-facts';
import { quoteText } from '../../../src/core/view/ledger-quote';
import { corpusLedger, ledgerOf } from '../ledger/ledger-fixtures';

describe('the event facts panel', () => {
  const qin = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
  const facts = factsView(qin.ledger, qin.texts);

  it('says who asked for the call, with the words marked in their sentence', () => {
    expect(facts.request).toMatchObject({ status: 'stated', asker: 'us', side: 1 });
    if (facts.request.status !== 'stated') throw new Error('stated');
    const q = facts.request.quote;
    expect(q).toMatchObject({ side: 0, sentence: 0, words: '应约同美国国务卿布林肯' });
    expect(q.before).toBe('国务委员兼外长秦刚');
    expect(q.after.startsWith('通电话')).toBe(true);
    // The quote is the very sentence of the readout, nothing added.
    const span = qin.ledger.sentences[0][0];
    expect(quoteText(q)).toBe(qin.texts[0].slice(span?.start, span?.end));
  });

  it('gives the format from the record and the words in the texts that name it', () => {
    expect(facts.format).toMatchObject({ value: 'phone', source: 'meeting', textDiffers: null });
    expect(facts.format.quote?.words).toBe('通电话');
  });

  it('sets length against length, and says when it may not be compared', () => {
    expect(facts.ratio).toMatchObject({
      paragraphs: [2, 1],
      sentences: [4, 2],
      sameLanguage: true,
      comparable: false,
      longer: null,
    });
    expect(facts.sides.map((s) => s.excerpt)).toEqual([true, true]);
  });

  it('names who speaks first in each readout, and whose words each reports', () => {
    expect(facts.sides[0].firstSpeaker).toMatchObject({ speaker: 'self', party: 'cn' });
    expect(facts.sides[0].firstSpeaker?.quote.words).toBe('国务委员兼外长秦刚应约');
    expect(facts.sides[1].firstSpeaker).toMatchObject({ speaker: 'both', party: 'both' });
    const shares = facts.sides[0].shares;
    expect(shares.self + shares.counterpart + shares.both + shares.unstated).toBeCloseTo(1, 2);
    expect(shareParty('cn', 'self')).toBe('cn');
    expect(shareParty('us', 'counterpart')).toBe('cn');
    expect(shareParty(null, 'self')).toBeNull();
  });

  it('keeps both statements when the readouts disagree on who asked', () => {
    const { ledger, texts } = ledgerOf(
      { text: '应美方请求，王毅同布林肯通电话。双方讨论了双边关系。', side: 'cn', lang: 'zh' },
      {
        text: 'At the request of the PRC, Secretary Blinken spoke with Wang Yi. They discussed relations.',
        side: 'us',
        lang: 'en',
      },
    );
    const view = factsView(ledger, texts);
    expect(view.request.status).toBe('disputed');
    if (view.request.status !== 'disputed') throw new Error('disputed');
    expect(view.request.claims.map((c) => [c.asker, c.quote.side])).toEqual([
      ['us', 0],
      ['cn', 1],
    ]);
  });

  it('gives who asked from the record first: the texts’ words as evidence, or as a dispute', () => {
    const record = (requestedBy: 'cn' | 'us') => {
      const { ledger, texts } = ledgerOf(
        { text: '应美方请求，王毅同布林肯通电话。', side: 'cn', lang: 'zh' },
        { text: 'Secretary Blinken spoke with Wang Yi.', side: 'us', lang: 'en' },
        { meeting: { ...qin.meeting, requestedBy } },
      );
      return factsView(ledger, texts).request;
    };
    const agreed = record('us');
    expect(agreed).toMatchObject({ status: 'recorded', asker: 'us', side: 1, disputed: [] });
    if (agreed.status !== 'recorded') throw new Error('recorded');
    expect(agreed.quotes.map((q) => [q.side, q.words])).toEqual([[0, '应美方请求']]);
    const disputed = record('cn');
    expect(disputed).toMatchObject({ status: 'recorded', asker: 'cn', side: 0, quotes: [] });
    if (disputed.status !== 'recorded') throw new Error('recorded');
    expect(disputed.disputed.map((c) => [c.asker, c.quote.words])).toEqual([['us', '应美方请求']]);
  });

  it('says "not stated" rather than guess, and a missing side has no text', () => {
    const { ledger, texts } = ledgerOf(
      { text: '双方就双边关系交换了意见。', side: 'cn', lang: 'zh' },
      { text: '', side: 'us', lang: 'en', completeness: 'missing' },
    );
    const view = factsView(ledger, texts);
    expect(view.request).toEqual({ status: 'not-stated' });
    expect(view.sides[1].present).toBe(false);
    expect(view.sides[0].firstSpeaker?.party).toBe('both');
  });
});
