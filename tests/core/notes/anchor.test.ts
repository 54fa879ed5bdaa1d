import { describe, expect, it } from 'vitest';
import { anchorNote, anchorNotes, anchorSelectors } from '../../../src/core/notes/anchor';
import { describeRange } from '../../../src/core/notes/describe';
import type { Note, NoteTarget } from '../../../src/core/notes/types';
import { FINER, loadMeeting, readoutText } from './corpus-fixture';

const meeting = loadMeeting(FINER);
const usZh = readoutText(meeting, 'us-wh-zh-rfi');
const usEn = readoutText(meeting, 'us-wh-en-rfi');
const cnZh = readoutText(meeting, 'cn-idcpc-zh');

function selectorsFor(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return describeRange(text, start, start + quote.length);
}

function target(readoutId: string, side: 'cn' | 'us', text: string, quote: string): NoteTarget {
  return { readoutId, side, selectors: selectorsFor(text, quote) };
}

function note(targets: Note['targets']): Note {
  return {
    id: 'n1',
    meetingId: FINER,
    created: '2024-02-01T00:00:00.000Z',
    modified: '2024-02-01T00:00:00.000Z',
    kind: 'omitted',
    body: '',
    targets,
  };
}

describe('anchorSelectors', () => {
  const quote = '包括中东地区的挑战、俄罗斯对乌克兰的战争以及海峡两岸问题';

  it('keeps the stored position when the text there still equals the quote', () => {
    const sel = selectorsFor(usZh, quote);
    expect(anchorSelectors(usZh, sel)).toMatchObject({ method: 'position', start: sel.position.start });
  });

  it('finds the quote again after text is inserted before it', () => {
    const sel = selectorsFor(usZh, quote);
    const edited = `据白宫1月10日发布的会谈纪要称，${usZh}`;
    const match = anchorSelectors(edited, sel);
    expect(match?.method).toBe('quote');
    expect(match && edited.slice(match.start, match.end)).toBe(quote);
  });

  it('finds an edited quote (a word changed inside it) by fuzzy matching', () => {
    const sel = selectorsFor(usZh, quote);
    const edited = usZh.replace('俄罗斯对乌克兰的战争', '俄乌冲突');
    const match = anchorSelectors(edited, sel);
    expect(match?.method).toBe('fuzzy');
    expect(match && edited.slice(match.start, match.end)).toContain(
      '包括中东地区的挑战、俄乌冲突以及海峡两岸问题',
    );
  });

  it('finds an English quote with a changed word inside it', () => {
    const sel = selectorsFor(usEn, 'the importance of peace and stability in the Taiwan Strait');
    const edited = `Readout.\n\n${usEn.replace('peace and stability', 'peace and security')}`;
    const match = anchorSelectors(edited, sel);
    expect(match?.method).toBe('fuzzy');
    expect(match && edited.slice(match.start, match.end)).toMatch(
      /^the importance of peace and security in the Taiwan Strai/,
    );
  });

  it('returns null when the passage has been removed', () => {
    const sentence =
      '双方还讨论了全球和地区安全问题，包括中东地区的挑战、俄罗斯对乌克兰的战争以及海峡两岸问题。';
    expect(usZh).toContain(sentence);
    const sel = selectorsFor(usZh, quote);
    expect(anchorSelectors(usZh.replace(sentence, ''), sel)).toBeNull();
  });

  it('picks among repeated quotes the one whose prefix and suffix fit', () => {
    // "双方" occurs in several sentences; the third one is the one noted.
    const sel = selectorsFor(usZh, '双方', 2);
    const expected = sel.position.start;
    const shifted = `前言。${usZh}`;
    const match = anchorSelectors(shifted, sel);
    expect(match?.start).toBe(expected + 3);
  });

  it('ignores a stored position that now holds other text', () => {
    const sel = selectorsFor(cnZh, '推动落实两国元首达成的重要共识');
    const edited = cnZh.replace('双方认为，', '');
    const match = anchorSelectors(edited, sel);
    expect(match?.method).toBe('quote');
    expect(match?.start).toBe(sel.position.start - '双方认为，'.length);
  });
});

describe('anchorNote', () => {
  it('orphans a note whose passage is gone but keeps the note and its quote', () => {
    const n = note([target('us-wh-zh-rfi', 'us', usZh, '费纳先生和刘部长重申支持')]);
    const anchored = anchorNote(n, () => '全文已被替换。');
    expect(anchored.status).toBe('orphaned');
    expect(anchored.note).toBe(n);
    expect(anchored.targets[0]?.target.selectors.quote.exact).toBe('费纳先生和刘部长重申支持');
  });

  it('orphans a target whose readout no longer exists', () => {
    const n = note([target('gone-readout', 'us', usZh, '双方讨论了')]);
    expect(anchorNotes([n], meeting.readouts)[0]?.status).toBe('orphaned');
  });

  it('anchors both targets of a linking note, and reports a half-lost link as partial', () => {
    const n = note([
      target('cn-idcpc-zh', 'cn', cnZh, '推动落实两国元首达成的重要共识和成果'),
      target('us-wh-zh-rfi', 'us', usZh, '双方讨论了目前落实那次峰会主要成果的情况'),
    ]);
    const both = anchorNotes([n], meeting.readouts)[0];
    expect(both?.status).toBe('anchored');
    const partial = anchorNote(n, (id) => (id === 'cn-idcpc-zh' ? cnZh : '（此段已删除）'));
    expect(partial.status).toBe('partial');
    expect(partial.targets.map((t) => t.match === null)).toEqual([false, true]);
  });
});
