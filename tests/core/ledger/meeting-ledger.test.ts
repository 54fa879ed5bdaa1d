import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import type { Span } from '../../../src/core/compare/types';
import { type MeetingLedger, meetingLedgerSteps } from '../../../src/core/ledger/meeting-ledger';
import { realLexicon } from '../compare/corpus-texts';
import { corpusLedger, corpusText, ledgerOf, shippedCommitments, shippedPhrases } from './ledger-fixtures';

/** Every span the ledger reports, with the side whose text it points into. */
function spans(ledger: MeetingLedger): [0 | 1, Span][] {
  const out: [0 | 1, Span][] = [];
  const f = ledger.facts;
  if (f.requestedEvidence) out.push([f.requestedEvidence.side, f.requestedEvidence]);
  for (const m of f.requestMentions) out.push([m.side, m]);
  if (f.format.evidence) out.push([f.format.evidence.side, f.format.evidence]);
  for (const i of [0, 1] as const) {
    const first = f.firstSpeaker[i];
    if (first) out.push([i, first.evidence]);
    for (const p of ledger.phrases) {
      for (const m of p.matches[i]) {
        out.push([i, m]);
        if (m.cue) out.push([i, m.cue]);
      }
    }
    for (const l of ledger.commitments)
      for (const it of l.items) for (const m of it.matches[i]) out.push([i, m]);
    for (const t of ledger.topics) {
      const q = t.quote[i];
      if (q) out.push([i, q]);
    }
  }
  return out;
}

describe('the ledger of a meeting', () => {
  const built = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
  const { ledger, texts } = built;

  it('is plain JSON: what the UI, the CLI and the exports share', () => {
    expect(JSON.parse(JSON.stringify(ledger))).toEqual(ledger);
    expect(ledger.version).toBe(1);
    expect(ledger.meeting).toEqual({
      id: '2023-06-14-qin-blinken',
      date: '2023-06-14',
      title: built.meeting.title,
      format: 'phone',
    });
    expect(ledger.sides.map((s) => [s.side, s.lang, s.completeness, s.readoutId])).toEqual([
      ['cn', 'zh', 'excerpt', 'cn-mfa-zh-rfi'],
      ['us', 'zh', 'excerpt', 'us-state-zh-rfi'],
    ]);
  });

  it('keeps the CLI contract: facts.requestedBy / requestedEvidence / lengths, phrases[].matches per side', () => {
    expect(ledger.facts.requestedBy).toBe('b');
    expect(Object.keys(ledger.facts.requestedEvidence ?? {}).sort()).toEqual(['end', 'side', 'start']);
    for (const l of ledger.facts.lengths)
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['chars', 'sentences', 'paragraphs']));
    for (const p of ledger.phrases) {
      expect(typeof p.id).toBe('string');
      expect(p.matches).toHaveLength(2);
      for (const side of p.matches)
        for (const m of side) expect([typeof m.start, typeof m.end]).toEqual(['number', 'number']);
    }
  });

  it('points every piece of evidence into the texts as given, and every match at its sentence', () => {
    const all = spans(ledger);
    expect(all.length).toBeGreaterThan(20);
    for (const [side, span] of all) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(texts[side].length);
    }
    for (const t of ledger.topics) {
      for (const i of [0, 1] as const) {
        const q = t.quote[i];
        if (q) expect(texts[i].slice(q.start, q.end)).toBe(q.text);
      }
    }
    for (const p of ledger.phrases) {
      p.matches.forEach((ms, i) => {
        for (const m of ms) {
          const s = ledger.sentences[i as 0 | 1][m.sentence ?? -1];
          expect(s && s.start <= m.start && m.end <= s.end).toBe(true);
        }
      });
    }
  });

  it('keeps the one-sided topics with the sentence that shows each', () => {
    const taiwan = ledger.topics.find((t) => t.id === 'taiwan');
    expect(taiwan).toMatchObject({
      status: 'only-a',
      absence: [null, 'not-in-excerpt'],
      label: { en: 'Taiwan' },
    });
    expect(taiwan?.quote[0]?.text).toContain('台湾问题');
    expect(taiwan?.quote[1]).toBeNull();
    const maybe = ledger.topics.find((t) => t.status === 'possibly-both');
    expect(maybe?.quote.every((q) => q !== null)).toBe(true);
  });

  it('adds the evidence sentence in the other language when the translations are given', () => {
    const en = [
      corpusText('2023-06-14-qin-blinken', 'cn-mfa-en-rfi'),
      corpusText('2023-06-14-qin-blinken', 'us-state-en-rfi'),
    ];
    const translated = compareReadouts(en[0] ?? { text: '' }, en[1] ?? { text: '' }, realLexicon());
    const a = corpusText('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi');
    const b = corpusText('2023-06-14-qin-blinken', 'us-state-zh-rfi');
    const withTr = ledgerOf(a, b, { translations: translated.sides });
    const taiwan = withTr.ledger.topics.find((t) => t.id === 'taiwan');
    expect(taiwan?.translatedQuote?.[0]?.text).toContain('Taiwan question');
    expect(taiwan?.translatedQuote?.[1]).toBeNull();
    expect(ledger.topics[0]?.translatedQuote).toBeUndefined();
  });

  it('is pure: same inputs, same ledger; the comparison is not changed', () => {
    const again = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    expect(again.ledger).toEqual(ledger);
    const before = JSON.stringify(again.comparison);
    ledgerOf(
      corpusText('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi'),
      corpusText('2023-06-14-qin-blinken', 'us-state-zh-rfi'),
    );
    expect(JSON.stringify(again.comparison)).toBe(before);
  });

  it('works on a missing side: nothing found there, and "no readout" as the reason', () => {
    const { ledger: one } = ledgerOf(corpusText('2024-01-08-defense-policy-talks', 'cn-mnd-zh-zhixinwen'), {
      text: '',
      side: 'us',
      lang: 'en',
      completeness: 'missing',
    });
    expect(one.facts.lengths[1]).toEqual({ chars: 0, words: 0, sentences: 0, paragraphs: 0 });
    expect(one.phrases.every((p) => p.matches[1].length === 0)).toBe(true);
    expect(one.glance.find((g) => g.id === 'one-china')?.absence).toEqual([null, 'readout-missing']);
  });
});

describe('the ledger made in steps', () => {
  it('pauses between phrases and lists, and ends with the very ledger made at once', () => {
    const { ledger, comparison, texts, meeting } = corpusLedger(
      '2024-01-10-liu-finer',
      'cn-idcpc-zh',
      'us-wh-en-rfi',
    );
    const steps = meetingLedgerSteps({
      comparison,
      texts,
      phrases: shippedPhrases(),
      commitments: shippedCommitments(),
      lexicon: realLexicon(),
      meeting,
      readoutIds: ['cn-idcpc-zh', 'us-wh-en-rfi'],
    });
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses += 1;
      next = steps.next();
    }
    // At least one pause per phrase of the data file in each text, so no slice holds more than one phrase.
    expect(pauses).toBeGreaterThan(2 * shippedPhrases().data.phrases.length);
    expect(next.value).toEqual(ledger);
  });
});
