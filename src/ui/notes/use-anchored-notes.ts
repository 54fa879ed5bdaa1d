import { useMemo } from 'react';
import type { StoredNote } from '../../browser/notes-store';
import type { Meeting } from '../../core/model';
import { type AnchoredNote, anchorNote } from '../../core/notes/anchor';
import { useMeetingNotes } from './notes-session-context';

export interface AnchoredStoredNote extends AnchoredNote {
  rev: number;
}

export interface AnchoredNotesView {
  status: 'loading' | 'ready' | 'error';
  errorCode?: string;
  /** Notes with at least one passage placed, in reading order. */
  placed: AnchoredStoredNote[];
  /** Notes none of whose passages could be placed (kept, shown with their quotes). */
  orphaned: AnchoredStoredNote[];
  stored: readonly StoredNote[];
}

/** The meeting's notes re-anchored against its current readout texts. */
export function useAnchoredNotes(meeting: Meeting): AnchoredNotesView {
  const state = useMeetingNotes(meeting.id);
  return useMemo(() => {
    if (state.status !== 'ready') {
      return {
        status: state.status,
        ...(state.status === 'error' ? { errorCode: state.code } : {}),
        placed: [],
        orphaned: [],
        stored: [],
      };
    }
    const texts = new Map(meeting.readouts.map((r) => [r.id, r.text]));
    const order = new Map(meeting.readouts.map((r, i) => [r.id, i]));
    const all = state.notes.map((s) => ({ ...anchorNote(s.note, (id) => texts.get(id)), rev: s.rev }));
    const firstPlace = (a: AnchoredStoredNote): [number, number] => {
      const t = a.targets.find((x) => x.match);
      return t?.match ? [order.get(t.target.readoutId) ?? 0, t.match.start] : [0, 0];
    };
    const placed = all
      .filter((a) => a.status !== 'orphaned')
      .sort((x, y) => {
        const [a, b] = [firstPlace(x), firstPlace(y)];
        return a[0] - b[0] || a[1] - b[1] || x.note.created.localeCompare(y.note.created);
      });
    return {
      status: 'ready',
      placed,
      orphaned: all.filter((a) => a.status === 'orphaned'),
      stored: state.notes,
    };
  }, [state, meeting]);
}
