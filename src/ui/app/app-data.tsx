import { createContext, type ReactNode, use, useContext, useEffect, useMemo, useState } from 'react';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import { type MeetingIndex, meetingIndex } from '../../core/view/meeting-index';

/**
 * The shipped meetings with their texts and the topic lexicon: what the reader works on. On a meeting page,
 * that meeting alone (see MeetingData.tsx).
 */
export interface AppData {
  meetings: readonly Meeting[];
  lexicon: CompiledLexicon;
}

/**
 * Where the app gets its data: the light index at once (the meeting list needs nothing else), the full data on
 * demand (reader, bring-your-own, search in the readout texts), so the first visit stays small.
 */
export interface AppSource {
  index: MeetingIndex;
  /** The full data when it has loaded, else null. */
  peek(): AppData | null;
  /** Loads the full data; the same promise on every call. */
  load(): Promise<AppData>;
  /**
   * The source of one meeting's page: its data alone (a page loads no other meeting's texts). Absent: the page
   * gets the whole source's.
   */
  forMeeting?(id: string): AppSource;
}

/** A source over data already in memory (tests, and any caller that has the full corpus at hand). */
export function sourceOf(data: AppData): AppSource {
  const index = meetingIndex(data.meetings, data.lexicon);
  const loaded = Promise.resolve(data);
  return { index, peek: () => data, load: () => loaded };
}

function isSource(data: AppData | AppSource): data is AppSource {
  return 'index' in data;
}

const AppDataContext = createContext<AppSource | null>(null);

/** The source of this part of the app (a meeting page's is its meeting's: see MeetingData.tsx). */
export const AppSourceProvider = AppDataContext.Provider;

export function AppDataProvider({ data, children }: { data: AppData | AppSource; children: ReactNode }) {
  const source = useMemo(() => (isSource(data) ? data : sourceOf(data)), [data]);
  return <AppDataContext.Provider value={source}>{children}</AppDataContext.Provider>;
}

export function useSource(): AppSource {
  const source = useContext(AppDataContext);
  if (!source) throw new Error('useAppData needs an AppDataProvider');
  return source;
}

/** The full data (a meeting page's: its meeting); suspends (under the page's Suspense) until it has loaded. */
export function useAppData(): AppData {
  const source = useSource();
  return source.peek() ?? use(source.load());
}

/** The list's index of the shipped meetings (never waits). */
export function useMeetingIndex(): MeetingIndex {
  return useSource().index;
}

/**
 * The full data without suspending: null until loaded. Starts loading only once `wanted` (e.g. when the reader
 * types a search, or has meetings of their own to tag), so a plain visit to the list never fetches it.
 */
export function useFullDataWhen(wanted: boolean): AppData | null {
  const source = useSource();
  const [data, setData] = useState<AppData | null>(() => source.peek());
  useEffect(() => {
    if (!wanted || data) return;
    let live = true;
    source.load().then(
      (loaded) => {
        if (live) setData(loaded);
      },
      () => undefined, // The reader's own pages report a failed load; the list keeps working without it.
    );
    return () => {
      live = false;
    };
  }, [wanted, data, source]);
  return data ?? source.peek();
}
