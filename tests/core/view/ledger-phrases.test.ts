import { describe, expect, it } from 'vitest';
import { phraseGlanceView } from '../../../src/core/view/ledger-phrase-glance';
import { phraseMarks, tipPlacements } from '../../../src/core/view/ledger-phrase-marks';
import { phraseTable } from '../../../src/core/view/ledger-phrase-table';
import { renderSegments } from '../../../src/core/view/render-segments';
import { corpusLedger, ledgerOf, shippedPhrases } from '../ledger/ledger-fixtures';

const data = shippedPhrases().data;

describe('set phrases as marks in the reader', () => {
  const finer = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
  const marks = phraseMarks(finer.ledger, data, finer.texts);

  it('marks each match with what the other side says and why the wordings differ', () => {
    const cn = [...marks.byId.values()].find((m) => m.side === 0 && m.phraseId === 'important-consensus');
    expect(cn).toMatchObject({
      words: '重要共识',
      rejected: false,
      form: { id: 'consensus', nonEquivalent: null },
    });
    expect(cn?.other.words).toEqual(['主要成果']);
    expect(cn?.other.forms[0]?.nonEquivalent?.en).toMatch(/not a shared understanding/);
    expect(cn?.other.sentence).not.toBeNull();
    const us = [...marks.byId.values()].find((m) => m.side === 1 && m.phraseId === 'important-consensus');
    expect(us?.form.nonEquivalent).not.toBeNull();
    expect(us?.other.words).toEqual(['重要共识']);
  });

  it('says why a phrase has no counterpart: the other text is an excerpt', () => {
    const woodside = [...marks.byId.values()].find((m) => m.phraseId === 'san-francisco');
    expect(woodside).toMatchObject({ side: 1, other: { words: [] }, otherAbsence: 'not-in-excerpt' });
  });

  it('gives one decoration per match, at the words in the text', () => {
    for (const side of [0, 1] as const) {
      for (const d of marks.decorations[side]) {
        if (d.kind !== 'phrase') throw new Error('phrase decorations only');
        const info = marks.byId.get(d.markId);
        expect(finer.texts[side].slice(d.start, d.end)).toBe(info?.words);
      }
    }
    expect(marks.decorations[0].length + marks.decorations[1].length).toBe(marks.byId.size);
  });

  it('puts a mark’s toggletip after the last leaf it covers, and keeps the leaves tiling the sentence', () => {
    const side = 1;
    const sentence = finer.comparison.sides[side].sentences.find((s) =>
      marks.decorations[side].some((d) => d.start >= s.start && d.end <= s.end),
    );
    if (!sentence) throw new Error('a sentence with a phrase');
    const segments = renderSegments(finer.texts[side], sentence, marks.decorations[side]);
    expect(segments.map((s) => s.text).join('')).toBe(finer.texts[side].slice(sentence.start, sentence.end));
    const places = tipPlacements(segments);
    for (const [i, ids] of places) {
      for (const id of ids) {
        expect(segments[i]?.phrases).toContain(id);
        expect(segments.slice(i + 1).some((s) => s.phrases.includes(id))).toBe(false);
      }
    }
    expect([...places.values()].flat().length).toBeGreaterThan(0);
  });

  it('flags a phrase named only to be refused', () => {
    const { ledger, texts } = ledgerOf(
      { text: '中方坚决反对所谓“脱钩断链”。', side: 'cn', lang: 'zh' },
      { text: 'The two sides discussed trade.', side: 'us', lang: 'en' },
    );
    const found = [...phraseMarks(ledger, data, texts).byId.values()];
    expect(found.some((m) => m.rejected)).toBe(true);
  });
});

describe('the set phrases of the glance', () => {
  it('describes a phrase both sides word differently, and groups those one side alone uses', () => {
    const { ledger } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const en = phraseGlanceView(ledger, data, 'en');
    expect(en.different.map((d) => d.text)).toEqual([
      'The Chinese side says “重要共识”; the US side, “主要成果” (not equivalent).',
    ]);
    expect(en.different[0]?.notes.map((n) => n.form.en)).toEqual(['key outcomes']);
    expect(en.different[0]?.sentences.every((s) => s !== null)).toBe(true);
    expect(en.only[0]).toEqual([]);
    expect(en.only[1].map((p) => p.id)).toContain('san-francisco');
    expect(en.silence).toEqual([null, 'not-in-excerpt']);
    const zh = phraseGlanceView(ledger, data, 'zh');
    expect(zh.different[0]?.text).toBe('中方说“重要共识”，美方说“主要成果”（不对等）。');
  });

  it('lists every phrase found, per side, with its form', () => {
    const { ledger, texts } = corpusLedger(
      '2024-01-18-financial-working-group',
      'cn-pboc-zh',
      'us-treasury-zh-voa',
    );
    const rows = phraseTable(ledger, data, texts);
    const candid = rows.find((r) => r.id === 'candid');
    expect(candid?.sides[0].map((w) => w.words)).toEqual(['坦诚']);
    expect(candid?.sides[1]).toMatchObject([{ words: '坦率', nonEquivalent: true }]);
  });
});
