import { createContext, type ReactNode, useContext } from 'react';
import {
  defaultNotesSession,
  type MeetingNotesState,
  type NotesSession,
  type NotesStatus,
} from '../../browser/notes-session';
import { useStore, useStoreLoadingInTransition } from '../hooks/use-store';

/* The notes session of the page: the real IndexedDB one unless a test (or a storybook) provides its own. */
const NotesSessionContext = createContext<NotesSession | null>(null);

export function NotesSessionProvider({ session, children }: { session: NotesSession; children: ReactNode }) {
  return <NotesSessionContext.Provider value={session}>{children}</NotesSessionContext.Provider>;
}

export function useNotesSession(): NotesSession {
  return useContext(NotesSessionContext) ?? defaultNotesSession();
}

const isLoading = (state: MeetingNotesState) => state.status === 'loading';

/**
 * A meeting's stored notes, kept current across this tab's and other tabs' writes. Their loading, right after
 * the page opened, re-renders the reader's texts as a transition.
 */
export function useMeetingNotes(meetingId: string): MeetingNotesState {
  return useStoreLoadingInTransition(useNotesSession().meetingNotes(meetingId), isLoading);
}

/** How many unreadable records were set aside since the page loaded, and what the store repaired at open. */
export function useNotesStatus(): NotesStatus {
  return useStore(useNotesSession().status);
}
