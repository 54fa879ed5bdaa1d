import { createContext, type ReactNode, useCallback, useContext, useSyncExternalStore } from 'react';
import {
  defaultNotesSession,
  type MeetingNotesState,
  type NotesSession,
  type StoreRepairs,
} from '../../browser/notes-session';

/* The notes session of the page: the real IndexedDB one unless a test (or a storybook) provides its own. */
const NotesSessionContext = createContext<NotesSession | null>(null);

export function NotesSessionProvider({ session, children }: { session: NotesSession; children: ReactNode }) {
  return <NotesSessionContext.Provider value={session}>{children}</NotesSessionContext.Provider>;
}

export function useNotesSession(): NotesSession {
  return useContext(NotesSessionContext) ?? defaultNotesSession();
}

/** A meeting's stored notes, kept current across this tab's and other tabs' writes. */
export function useMeetingNotes(meetingId: string): MeetingNotesState {
  const session = useNotesSession();
  const subscribe = useCallback(
    (listener: () => void) => session.subscribe(meetingId, listener),
    [session, meetingId],
  );
  return useSyncExternalStore(subscribe, () => session.state(meetingId));
}

/** How many unreadable records were set aside since the page loaded. */
export function useQuarantinedCount(): number {
  const session = useNotesSession();
  const subscribe = useCallback((listener: () => void) => session.subscribeStatus(listener), [session]);
  return useSyncExternalStore(subscribe, () => session.quarantinedCount());
}

/** What the store repaired when it opened (records re-keyed, stores created again). */
export function useStoreRepairs(): StoreRepairs {
  const session = useNotesSession();
  const subscribe = useCallback((listener: () => void) => session.subscribeStatus(listener), [session]);
  return useSyncExternalStore(subscribe, () => session.repaired());
}
