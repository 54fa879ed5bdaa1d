import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/notes/anchor';
import { CONTEXT_LENGTH, describeRange, trimRange } from '../../../src/core/notes/describe';
import { NotesError } from '../../../src/core/notes/notes-errors';
import { corpusMeetingIds, FINER, loadMeeting, readoutText } from './corpus-fixture';

describe('describeRange', () => {
  const text = readoutText(loadMeeting(FINER), 'us-wh-zh-rfi');

  it('takes the exact passage and up to 32 characters of context either side', () => {
    const start = text.indexOf('坦诚和建设性的讨论');
    const sel = describeRange(text, start, start + 9);
    expect(sel.quote.exact).toBe('坦诚和建设性的讨论');
    expect(sel.quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(text.slice(0, start).endsWith(sel.quote.prefix)).toBe(true);
    expect(text.slice(start + 9).startsWith(sel.quote.suffix)).toBe(true);
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start, end: start + 9 });
  });

  it('shortens the context at the ends of the text', () => {
    const sel = describeRange(text, 0, 4);
    expect(sel.quote.prefix).toBe('');
    expect(describeRange(text, text.length - 2, text.length).quote.suffix).toBe('');
  });

  it('does not cut a surrogate pair in the context', () => {
    // The emoji's two UTF-16 units sit at 31–32; a 32-unit prefix of the quote at 64 would start at 32.
    const withEmoji = `${'a'.repeat(31)}😀${'c'.repeat(31)}${'b'.repeat(10)}`;
    const start = withEmoji.indexOf('b');
    expect(start).toBe(64);
    const sel = describeRange(withEmoji, start, start + 2);
    expect(sel.quote.prefix).toBe('c'.repeat(31));
    const end = `x${'c'.repeat(31)}😀`;
    expect(describeRange(end, 0, 1).quote.suffix).toBe('c'.repeat(31));
  });

  it('throws invalid-range for an empty, reversed or out-of-bounds range', () => {
    for (const [s, e] of [
      [3, 3],
      [5, 2],
      [-1, 2],
      [0, text.length + 1],
    ] as const) {
      expect(() => describeRange(text, s, e)).toThrow(NotesError);
      try {
        describeRange(text, s, e);
      } catch (err) {
        expect((err as NotesError).code).toBe('invalid-range');
      }
    }
  });

  it('round-trips every sentence of every corpus readout through anchoring, by position', () => {
    let checked = 0;
    for (const id of corpusMeetingIds()) {
      for (const r of loadMeeting(id).readouts) {
        const sentences = r.text.match(/[^。！？.!?\n]+[。！？.!?]?/g) ?? [];
        let from = 0;
        for (const s of sentences) {
          const start = r.text.indexOf(s, from);
          from = start + s.length;
          const range = trimRange(r.text, start, start + s.length);
          if (!range) continue;
          const sel = describeRange(r.text, range.start, range.end);
          expect(anchorSelectors(r.text, sel)).toMatchObject({ method: 'position', ...range });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('round-trips every sentence after the readout gained a new first paragraph, by quote', () => {
    const meeting = loadMeeting(FINER);
    for (const r of meeting.readouts) {
      const edited = `NEW OPENING PARAGRAPH 新的第一段。\n\n${r.text}`;
      const shift = edited.length - r.text.length;
      const sentences = r.text.match(/[^。！？.!?\n]+[。！？.!?]?/g) ?? [];
      let from = 0;
      for (const s of sentences) {
        const start = r.text.indexOf(s, from);
        from = start + s.length;
        const range = trimRange(r.text, start, start + s.length);
        if (!range) continue;
        const match = anchorSelectors(edited, describeRange(r.text, range.start, range.end));
        expect(match).toMatchObject({ start: range.start + shift, end: range.end + shift });
      }
    }
  });
});

describe('trimRange', () => {
  it('drops whitespace at both ends and returns null for whitespace only', () => {
    expect(trimRange('  ab \n', 0, 6)).toEqual({ start: 2, end: 4 });
    expect(trimRange('a \n b', 1, 4)).toBeNull();
  });
});
