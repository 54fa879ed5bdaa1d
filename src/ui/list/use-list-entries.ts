import { useEffect, useMemo, useState } from 'react';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import { type CompareFn, type MeetingEntry, meetingEntry } from '../../core/view/meeting-index';
import { defaultTextOf } from '../../core/view/text-choice';
import { type AppData, useFullDataWhen, useMeetingIndex } from '../app/app-data';
import { useUserMeetings } from '../app/use-user-meetings';

/**
 * Above this many characters (both default texts) a meeting of the reader's own is tagged without the engine's
 * comparison on the list: the comparison would hold up the page (the reader compares it in a worker).
 */
const COMPARE_LIMIT = 20_000;

// Tagging a meeting is the list's only real work: keep each user meeting's entry across visits to the list.
const cache = new WeakMap<CompiledLexicon, WeakMap<Meeting, MeetingEntry>>();

function small(meeting: Meeting): boolean {
  const chars = (['cn', 'us'] as const).reduce(
    (n, side) => n + (defaultTextOf(meeting, side)?.text.length ?? 0),
    0,
  );
  return chars <= COMPARE_LIMIT;
}

function entryOf(meeting: Meeting, lexicon: CompiledLexicon, compare: CompareFn | null): MeetingEntry {
  let byMeeting = cache.get(lexicon);
  if (!byMeeting) {
    byMeeting = new WeakMap();
    cache.set(lexicon, byMeeting);
  }
  let found = byMeeting.get(meeting);
  const withEngine = compare !== null && small(meeting);
  // An entry made before the engine loaded is made again with it (evidence, possibly-both).
  if (!found || (withEngine && !found.compared)) {
    try {
      found = meetingEntry(meeting, lexicon, withEngine ? compare : undefined);
    } catch {
      found = meetingEntry(meeting, lexicon);
    }
    byMeeting.set(meeting, found);
  }
  return found;
}

/** The engine's comparison, loaded (off the first page's bundle) once there are meetings of the reader's own. */
function useEngine(wanted: boolean): CompareFn | null {
  const [engine, setEngine] = useState<CompareFn | null>(null);
  useEffect(() => {
    if (!wanted || engine) return;
    let live = true;
    import('../../core/compare/compare-readouts').then(
      (m) => {
        if (live) setEngine(() => m.compareReadouts);
      },
      () => undefined, // Without the engine the list still tags the meetings (no evidence).
    );
    return () => {
      live = false;
    };
  }, [wanted, engine]);
  return engine;
}

export interface ListEntries {
  /** The shipped meetings' entries, then the reader's own. */
  entries: MeetingEntry[];
  /** The reader's own meetings (kept in the browser) with their texts, for the text search. */
  own: readonly Meeting[];
  /** The full corpus and lexicon, once something on the list has needed them. */
  full: AppData | null;
  /** The reader's own meetings are still loading (from storage, or waiting for the lexicon to tag them). */
  loading: boolean;
  error: string | null;
}

/**
 * Every meeting the list shows. Shipped meetings come from the build's index at once; the reader's own are
 * tagged here with the lexicon (and compared with the engine, for their evidence), which load only when there
 * are such meetings or `needFull` (a text search).
 */
export function useListEntries(needFull: boolean): ListEntries {
  const index = useMeetingIndex();
  const user = useUserMeetings();
  const full = useFullDataWhen(needFull || user.meetings.length > 0);
  const engine = useEngine(full !== null && user.meetings.length > 0);
  const entries = useMemo(() => {
    const own = full ? user.meetings.map((m) => entryOf(m, full.lexicon, engine)) : [];
    return [...index.meetings, ...own];
  }, [index, user.meetings, full, engine]);
  return {
    entries,
    own: user.meetings,
    full,
    loading: user.loading || (user.meetings.length > 0 && !full),
    error: user.error,
  };
}
