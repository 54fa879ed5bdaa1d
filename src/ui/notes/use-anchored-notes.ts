import { useEffect, useMemo, useState } from 'react';
import type { StoredNote } from '../../browser/notes-store';
import type { Meeting } from '../../core/model';
import type { AnchoredNote } from '../../core/notes/anchor';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import { byCodeUnits } from '../../core/text/code-unit-order';
import { anchorCached, cachedAnchor } from './anchor-cache';
import { useMeetingNotes } from './notes-session-context';

export interface AnchoredStoredNote extends AnchoredNote {
  rev: number;
}

export interface AnchoredNotesView {
  status: 'loading' | 'ready' | 'error';
  errorCode?: NotesErrorCode;
  /** Notes with at least one passage placed, in reading order (comments and topic corrections alike). */
  placed: AnchoredStoredNote[];
  /** Notes none of whose passages could be placed (kept, shown with their quotes). */
  orphaned: AnchoredStoredNote[];
  /** Notes not anchored yet: anchoring goes on in later slices so the page never freezes. */
  pending: number;
  stored: readonly StoredNote[];
}

/**
 * Milliseconds of anchoring per slice. Each note's own work is bounded too (`matchQuote`'s budget), so a
 * slice stays well under the 50 ms a long task starts at, plus at most one note.
 */
const SLICE_MS = 12;

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

function order(meeting: Meeting, all: AnchoredStoredNote[]): AnchoredStoredNote[] {
  const index = new Map(meeting.readouts.map((r, i) => [r.id, i]));
  const firstPlace = (a: AnchoredStoredNote): [number, number] => {
    const t = a.targets.find((x) => x.match);
    return t?.match ? [index.get(t.target.readoutId) ?? 0, t.match.start] : [0, 0];
  };
  return all.sort((x, y) => {
    const [a, b] = [firstPlace(x), firstPlace(y)];
    return a[0] - b[0] || a[1] - b[1] || byCodeUnits(x.note.created, y.note.created);
  });
}

/**
 * The meeting's notes re-anchored against its current readout texts. Anchoring runs in slices of `SLICE_MS`:
 * notes not reached yet are counted in `pending` and appear once anchored, a slice later.
 */
export function useAnchoredNotes(meeting: Meeting): AnchoredNotesView {
  const state = useMeetingNotes(meeting.id);
  const [slice, setSlice] = useState(0);
  const view = useMemo((): AnchoredNotesView => {
    if (state.status !== 'ready') {
      return {
        status: state.status,
        ...(state.status === 'error' ? { errorCode: state.code } : {}),
        placed: [],
        orphaned: [],
        pending: 0,
        stored: [],
      };
    }
    void slice; // a new slice re-runs this with more results cached
    const texts = new Map(meeting.readouts.map((r) => [r.id, r.text]));
    const textOf = (id: string) => texts.get(id);
    const started = now();
    const all: AnchoredStoredNote[] = [];
    let pending = 0;
    let fresh = 0;
    for (const s of state.notes) {
      let done = cachedAnchor(s.note, textOf);
      // At least one note per slice, so anchoring always moves on however slow the device.
      if (!done && (fresh === 0 || now() - started < SLICE_MS)) {
        done = anchorCached(s.note, textOf);
        fresh += 1;
      }
      if (done) all.push({ ...done, rev: s.rev });
      else pending += 1;
    }
    const sorted = order(meeting, all);
    return {
      status: 'ready',
      placed: sorted.filter((a) => a.status !== 'orphaned'),
      orphaned: sorted.filter((a) => a.status === 'orphaned'),
      pending,
      stored: state.notes,
    };
  }, [state, meeting, slice]);

  // The rest in the next task, after the browser has painted and handled input.
  useEffect(() => {
    if (view.pending === 0) return;
    const timer = setTimeout(() => setSlice((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [view]);

  return view;
}
