import { lazy, type ReactNode, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { NOTES_CHANNEL_NAME } from '../../browser/notes-channel';
import type { Meeting } from '../../core/model';
import type { MeetingEntry } from '../../core/view/meeting-index';
import type { ListCorrections as Api, ListVerdict } from './use-list-corrections';

const Feed = lazy(() => import('./ListCorrections'));

/** The corrections' results, with the entries they were made from. */
type Reported = Api & { from: readonly MeetingEntry[] };

/** The notes database's name (browser/notes-db), looked for without loading the notes store. */
const NOTES_DB = 'readout-compare-notes';

/** Whether this browser may hold corrections: a notes database exists, or another tab just wrote notes. */
function useMayHaveNotes(): [boolean, () => void] {
  const [may, setMay] = useState(false);
  useEffect(() => {
    if (may) return;
    let live = true;
    const yes = () => {
      if (live) setMay(true);
    };
    if (typeof indexedDB !== 'undefined') {
      // Where the browser cannot list its databases, load the notes to find out.
      if (typeof indexedDB.databases !== 'function') yes();
      else
        indexedDB.databases().then((dbs) => {
          if (dbs.some((db) => db.name === NOTES_DB)) yes();
        }, yes);
    }
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(NOTES_CHANNEL_NAME);
    if (channel) channel.onmessage = yes;
    return () => {
      live = false;
      channel?.close();
    };
  }, [may]);
  return [may, useCallback(() => setMay(true), [])];
}

export interface CorrectedEntries {
  entries: readonly MeetingEntry[];
  onVerdict: ListVerdict;
  onNeedTexts: () => void;
  /** Mount this once on the page: it loads and runs the corrections (nothing visible). */
  feed: ReactNode;
}

/**
 * The list's entries as each meeting page shows them, with the reader's corrections applied. A first visit (no
 * notes in this browser) never loads the notes store; the corrections load as soon as notes exist, another tab
 * writes some, or the reader answers a candidate here.
 */
export function useCorrectedEntries(
  entries: readonly MeetingEntry[],
  own: readonly Meeting[],
): CorrectedEntries {
  const [may, load] = useMayHaveNotes();
  const [api, setApi] = useState<Reported | null>(null);
  const waiting = useRef<((api: Api) => void)[]>([]);
  const onChange = useCallback((next: Reported) => {
    setApi(next);
    for (const resolve of waiting.current.splice(0)) resolve(next);
  }, []);
  const latest = useRef(api);
  latest.current = api;
  const ready = useCallback(
    (): Promise<Api> =>
      latest.current
        ? Promise.resolve(latest.current)
        : new Promise((resolve) => {
            waiting.current.push(resolve);
            load();
          }),
    [load],
  );
  const onVerdict: ListVerdict = useCallback(async (...args) => (await ready()).setVerdict(...args), [ready]);
  const onNeedTexts = useCallback(() => {
    void ready().then((a) => a.wantTexts());
  }, [ready]);
  // Until the feed has reported on these very entries, show them as they are.
  const current = api && api.from === entries ? api.entries : entries;
  return {
    entries: current,
    onVerdict,
    onNeedTexts,
    feed: may ? (
      <Suspense fallback={null}>
        <Feed entries={entries} own={own} onChange={onChange} />
      </Suspense>
    ) : null,
  };
}
