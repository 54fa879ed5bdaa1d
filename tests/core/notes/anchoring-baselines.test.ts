import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorNote } from '../../../src/core/notes/anchor';
import { checkNote } from '../../../src/core/notes/note-shape';
import { loadMeeting, readoutText } from './corpus-fixture';

/*
 * Anchoring baselines in the style of the Hypothesis client's: saved notes, exactly as stored (records of the
 * notes database), against the readout text they were written on, edited as each case says, with where they
 * must land. A record goes through `checkNote` as the store reads it (which caps its context) before anchoring.
 * To add a case, see fixtures/README.md.
 */

interface Baseline {
  name: string;
  meeting: string;
  readout: string;
  /** Replacements applied to the text in order (`["", "x"]` inserts x at the start). */
  edits?: [string, string][];
  /** Repeat the text until it is this long (a long readout made of a real one). */
  repeatTo?: number;
  record: { note: unknown };
  expected: { status: 'anchored' | 'orphaned'; method?: string; text?: string; start?: number };
}

const baselines = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'fixtures/anchoring-baselines.json'), 'utf8'),
) as Baseline[];

function textFor(b: Baseline): string {
  let text = readoutText(loadMeeting(b.meeting), b.readout);
  if (b.repeatTo) {
    const base = text;
    while (text.length < b.repeatTo) text += `\n${base}`;
    text = text.slice(0, b.repeatTo);
  }
  for (const [from, to] of b.edits ?? []) text = text.replace(from, to);
  return text;
}

describe('anchoring baselines (saved notes against edited readouts)', () => {
  it('has the cases it was written with', () => {
    expect(baselines.length).toBeGreaterThanOrEqual(8);
  });

  for (const b of baselines) {
    it(b.name, () => {
      const checked = checkNote(b.record.note);
      if (!checked.ok) throw new Error(`${checked.field}: ${checked.reason}`);
      const text = textFor(b);
      const anchored = anchorNote(checked.value, (id) => (id === b.readout ? text : undefined));
      expect(anchored.status).toBe(b.expected.status);
      const match = anchored.targets[0]?.match;
      if (b.expected.status === 'orphaned') {
        expect(match).toBeNull();
        return;
      }
      if (!match) throw new Error('not placed');
      if (b.expected.method) expect(match.method).toBe(b.expected.method);
      if (b.expected.text !== undefined) expect(text.slice(match.start, match.end)).toBe(b.expected.text);
      if (b.expected.start !== undefined) expect(match.start).toBe(b.expected.start);
    });
  }
});
