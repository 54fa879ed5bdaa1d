/** Turning selected passages into note targets, and a form's values into a note. */

import type { Meeting, ReadoutText } from '../../core/model';
import { describeRange, trimRange } from '../../core/notes/describe';
import type { Note, NoteKind, NoteTarget, NoteTargets } from '../../core/notes/types';
import type { Passage } from './dom-passages';

/** A passage checked against the meeting: a readout it has, trimmed of whitespace, within the text. */
export interface ResolvedPassage extends Passage {
  readout: ReadoutText;
  quote: string;
}

export function resolvePassages(meeting: Meeting, passages: readonly Passage[]): ResolvedPassage[] {
  const out: ResolvedPassage[] = [];
  for (const p of passages) {
    const readout = meeting.readouts.find((r) => r.id === p.readoutId);
    if (!readout) continue;
    const range = trimRange(readout.text, p.start, p.end);
    if (!range) continue;
    out.push({
      readoutId: p.readoutId,
      ...range,
      readout,
      quote: readout.text.slice(range.start, range.end),
    });
  }
  return out;
}

function toTarget(p: ResolvedPassage): NoteTarget {
  return {
    readoutId: p.readoutId,
    side: p.readout.side,
    selectors: describeRange(p.readout.text, p.start, p.end),
  };
}

export function toTargets(passages: readonly ResolvedPassage[]): NoteTargets {
  const [first, second] = passages;
  if (!first) throw new Error('a note needs a passage');
  return second ? [toTarget(first), toTarget(second)] : [toTarget(first)];
}

export interface NoteFields {
  kind: NoteKind;
  topicId: string;
  body: string;
}

export function buildNote(
  base: { id: string; meetingId: string; created: string; targets: NoteTargets },
  fields: NoteFields,
  now: Date,
): Note {
  const note: Note = {
    id: base.id,
    meetingId: base.meetingId,
    created: base.created,
    modified: now.toISOString(),
    kind: fields.kind,
    body: fields.body.trim(),
    targets: base.targets,
  };
  if (fields.topicId) note.topicId = fields.topicId;
  return note;
}
