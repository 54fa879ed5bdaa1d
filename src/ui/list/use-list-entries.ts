import { useEffect, useMemo, useState } from 'react';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import { topicsOnlyLexicon } from '../../core/view/comparison-skeleton';
import { type MeetingEntry, meetingEntry } from '../../core/view/meeting-index';
import { compareInputOf, defaultTextOf } from '../../core/view/text-choice';
import { type AppData, useFullDataWhen, useMeetingIndex } from '../app/app-data';
import { compareTexts } from '../app/compare-texts';
import { corpusLexicon, whenLexiconReady } from '../app/corpus';
import { useUserMeetings } from '../app/use-user-meetings';

/*
 * The reader's own meetings have no entry from the build: each is compared (its default texts, as the build
 * compares the corpus's) in the compare worker, after the list has painted, and its entry made from that
 * comparison, so the page's thread only builds the entry. Entries are kept per meeting across visits to the list.
 */

const made = new WeakMap<Meeting, MeetingEntry>();
const making = new WeakMap<Meeting, Promise<MeetingEntry>>();

/** One of the reader's meetings as the list shows it; tagged without the comparison should the engine fail. */
async function ownEntry(meeting: Meeting, lexicon: CompiledLexicon): Promise<MeetingEntry> {
  const a = compareInputOf(defaultTextOf(meeting, 'cn'), 'cn');
  const b = compareInputOf(defaultTextOf(meeting, 'us'), 'us');
  try {
    const comparison = await compareTexts(a, b, lexicon);
    // Made from the comparison, the entry needs the topics alone (no pattern runs here).
    return meetingEntry(meeting, topicsOnlyLexicon(lexicon.topics), () => comparison);
  } catch {
    await whenLexiconReady(lexicon);
    return meetingEntry(meeting, lexicon);
  }
}

function entryOf(meeting: Meeting, lexicon: CompiledLexicon): Promise<MeetingEntry> {
  let pending = making.get(meeting);
  if (!pending) {
    pending = ownEntry(meeting, lexicon).then((entry) => {
      made.set(meeting, entry);
      return entry;
    });
    making.set(meeting, pending);
    pending.catch(() => making.delete(meeting));
  }
  return pending;
}

/** The entries of the reader's own meetings that are made (in their order); the rest are on their way. */
function useOwnEntries(meetings: readonly Meeting[], lexicon: CompiledLexicon): MeetingEntry[] {
  // Entries made since this list mounted (those made on an earlier visit come from the cache).
  const [arrived, setArrived] = useState<ReadonlyMap<Meeting, MeetingEntry>>(() => new Map());
  useEffect(() => {
    let live = true;
    for (const meeting of meetings) {
      if (made.has(meeting)) continue;
      entryOf(meeting, lexicon).then(
        (entry) => {
          if (live) setArrived((before) => new Map(before).set(meeting, entry));
        },
        () => undefined, // A meeting that cannot be tagged at all stays off the list (its page says why).
      );
    }
    return () => {
      live = false;
    };
  }, [meetings, lexicon]);
  return useMemo(() => meetings.flatMap((m) => arrived.get(m) ?? made.get(m) ?? []), [meetings, arrived]);
}

export interface ListEntries {
  /** The shipped meetings' entries, then the reader's own. */
  entries: MeetingEntry[];
  /** The reader's own meetings (kept in the browser) with their texts, for the text search. */
  own: readonly Meeting[];
  /** The full corpus and lexicon, once something on the list has needed them. */
  full: AppData | null;
  /** The reader's own meetings are still loading (from storage, or being compared). */
  loading: boolean;
  error: string | null;
}

/**
 * Every meeting the list shows. Shipped meetings come from the build's index at once; the reader's own once
 * the worker has compared them. The corpus's texts load only when `needFull` (a text search).
 */
export function useListEntries(needFull: boolean): ListEntries {
  const index = useMeetingIndex();
  const user = useUserMeetings();
  const full = useFullDataWhen(needFull);
  const own = useOwnEntries(user.meetings, full?.lexicon ?? corpusLexicon());
  const entries = useMemo(() => [...index.meetings, ...own], [index, own]);
  return {
    entries,
    own: user.meetings,
    full,
    loading: user.loading || own.length < user.meetings.length,
    error: user.error,
  };
}
