import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { compileCommitments, compilePhrases } from '../../../src/core/ledger/compile-data';
import { meetingLedger } from '../../../src/core/ledger/meeting-ledger';
import { parseCommitments } from '../../../src/core/ledger/parse-commitments';
import { parsePhrases } from '../../../src/core/ledger/parse-phrases';
import { ledgerDataFromSources, ledgerDataSources } from '../../../src/core/view/ledger-data';
import { quoteOf, sentenceIndexAt } from '../../../src/core/view/ledger-quote';
import { otherLanguageText } from '../../../src/core/view/ledger-translation';
import { realLexicon } from '../compare/corpus-texts';
import { corpusText, dataPath, readData } from '../ledger/ledger-fixtures';
import { loadMeeting } from '../notes/corpus-fixture';

const compiled = {
  phrases: compilePhrases(parsePhrases(readData('phrases.yaml'), dataPath('phrases.yaml'))),
  commitments: compileCommitments(
    parseCommitments(readData('commitments.yaml'), dataPath('commitments.yaml')),
  ),
};

describe('the ledger data as the build hands it over', () => {
  it('survives JSON and matches exactly as the data compiled from the files', () => {
    const shipped = JSON.parse(JSON.stringify(ledgerDataSources(compiled)));
    const again = ledgerDataFromSources(shipped);
    const a = corpusText('2024-01-10-liu-finer', 'cn-idcpc-zh');
    const b = corpusText('2024-01-10-liu-finer', 'us-wh-zh-rfi');
    const comparison = compareReadouts(a, b, realLexicon());
    const input = { comparison, texts: [a.text, b.text] as const, lexicon: realLexicon() };
    const direct = meetingLedger({ ...input, ...compiled });
    const viaSources = meetingLedger({ ...input, ...again });
    expect(viaSources).toEqual(direct);
    expect(direct.phrases.length).toBeGreaterThan(0);
  });
});

describe('quotes and translations', () => {
  const a = corpusText('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi');
  const b = corpusText('2023-06-14-qin-blinken', 'us-state-zh-rfi');
  const ledger = meetingLedger({
    comparison: compareReadouts(a, b, realLexicon()),
    texts: [a.text, b.text],
    ...compiled,
  });

  it('finds the sentence of an offset, and none between sentences', () => {
    const second = ledger.sentences[0][1];
    if (!second) throw new Error('two sentences');
    expect(sentenceIndexAt(ledger, 0, second.start)).toBe(1);
    expect(sentenceIndexAt(ledger, 0, a.text.length + 5)).toBeNull();
    const q = quoteOf(ledger, [a.text, b.text], 0, { start: second.start, end: second.start + 2 });
    expect(q.before).toBe('');
    expect(q.words).toBe(a.text.slice(second.start, second.start + 2));
  });

  it('finds a text’s rendering in the other language, never one of the other side', () => {
    const meeting = loadMeeting('2024-01-10-liu-finer');
    const text = (id: string) => meeting.readouts.find((r) => r.id === id) ?? null;
    expect(otherLanguageText(meeting, text('cn-idcpc-zh'))?.id).toBe('cn-idcpc-en');
    expect(otherLanguageText(meeting, text('cn-idcpc-en'))?.id).toBe('cn-idcpc-zh');
    expect(otherLanguageText(meeting, text('us-wh-zh-rfi'))?.id).toBe('us-wh-en-rfi');
    expect(otherLanguageText(meeting, null)).toBeNull();
    const defense = loadMeeting('2024-01-08-defense-policy-talks');
    const only = defense.readouts.find((r) => r.id === 'cn-mnd-zh-zhixinwen') ?? null;
    expect(otherLanguageText(defense, only)?.side).toBe('cn');
  });
});
