import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { applyVerdicts } from '../../../src/core/compare/verdicts';
import { anchorNotes } from '../../../src/core/notes/anchor';
import { correctionNote, placeCorrections, sentenceOf } from '../../../src/core/notes/corrections';
import { checkNote } from '../../../src/core/notes/note-shape';
import { fakeLexicon } from '../compare/fake-lexicon';

const lexicon = fakeLexicon();
const CN = '双方同意落实两国元首达成的共识。中方强调台湾问题是核心利益。双方讨论了南海局势。';
const US =
  'Following the call between President Xi and President Biden, the two sides met. They discussed trade.';
const readouts = [
  { id: 'cn-mfa-zh', side: 'cn' as const, text: CN },
  { id: 'us-wh-en', side: 'us' as const, text: US },
];
const comparison = compareReadouts({ text: CN, side: 'cn' }, { text: US, side: 'us' }, lexicon);

function correction(
  id: string,
  side: 0 | 1,
  sentence: number,
  topicId: string,
  verdict: 'present' | 'absent',
  at: string,
) {
  const s = comparison.sides[side].sentences[sentence];
  if (!s) throw new Error('no such sentence');
  return correctionNote({
    id,
    meetingId: 'm1',
    now: new Date(at),
    readout: readouts[side] as (typeof readouts)[number],
    sentence: { start: s.start, end: s.end },
    topicId,
    verdict,
  });
}

describe('topic corrections as notes', () => {
  it('a correction is a well-formed note on the whole sentence', () => {
    const note = correction('c1', 1, 0, 'summit-implementation', 'present', '2026-12-05T10:00:00.000Z');
    expect(note.kind).toBe('topic-present');
    expect(note.targets[0].selectors.quote.exact).toBe(comparison.sides[1].sentences[0]?.text);
    expect(checkNote(note).ok).toBe(true);
    expect(checkNote({ ...note, topicId: undefined })).toMatchObject({ ok: false, field: 'topicId' });
  });

  it('places corrections on the sentences of the texts shown, oldest first, and skips other texts', () => {
    const notes = [
      correction('late', 0, 1, 'taiwan', 'present', '2026-12-05T11:00:00.000Z'),
      correction('early', 0, 1, 'taiwan', 'absent', '2026-12-05T10:00:00.000Z'),
      correction('us', 1, 0, 'summit-implementation', 'present', '2026-12-05T10:30:00.000Z'),
    ];
    const anchored = anchorNotes(notes, readouts);
    const placed = placeCorrections(comparison, anchored, ['cn-mfa-zh', 'us-wh-en']);
    expect(placed.map((p) => p.note.id)).toEqual(['early', 'us', 'late']);
    expect(placed[1]).toMatchObject({
      side: 1,
      sentence: 0,
      topicId: 'summit-implementation',
      verdict: 'present',
    });
    // Another rendering of the US side is shown: the US correction does not apply to it.
    expect(placeCorrections(comparison, anchored, ['cn-mfa-zh', 'us-other']).map((p) => p.note.id)).toEqual([
      'early',
      'late',
    ]);
    const judged = applyVerdicts(comparison, placed, lexicon);
    expect(judged.topics.find((t) => t.id === 'summit-implementation')?.status).toBe('both');
    expect(judged.topics.find((t) => t.id === 'taiwan')?.counts).toEqual([1, 0]);
  });

  it('finds the sentence holding most of a passage', () => {
    const side = comparison.sides[0];
    const first = side.sentences[0];
    const second = side.sentences[1];
    if (!first || !second) throw new Error('fixture');
    expect(sentenceOf(side, { start: first.end - 2, end: second.start + 6 })).toBe(1);
    expect(sentenceOf(side, { start: CN.length + 5, end: CN.length + 9 })).toBeNull();
  });
});
