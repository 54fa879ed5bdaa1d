import { useEffect, useState } from 'react';
import { errorCodeOf } from '../../browser/notes-session';
import type { StoredNote } from '../../browser/notes-store';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import { isCorrection } from '../../core/notes/types';
import { useNotesSession } from './notes-session-context';

export type AllCorrections =
  | { status: 'loading'; records: readonly StoredNote[] }
  | { status: 'ready'; records: readonly StoredNote[] }
  | { status: 'error'; code: NotesErrorCode; records: readonly StoredNote[] };

const NONE: readonly StoredNote[] = [];

/**
 * Every meeting's topic corrections (stored notes of a correction kind), for pages that show many meetings (the
 * list): read once, then again whenever this tab or another changes any note. Records keep their revision, so
 * a correction can be taken back.
 */
export function useAllCorrections(): AllCorrections {
  const session = useNotesSession();
  const [state, setState] = useState<AllCorrections>({ status: 'loading', records: NONE });
  useEffect(() => {
    let live = true;
    let run = 0;
    const read = () => {
      const mine = ++run;
      session.listAll().then(
        (all) => {
          if (live && mine === run)
            setState({ status: 'ready', records: all.filter((r) => isCorrection(r.note)) });
        },
        (error: unknown) => {
          if (live && mine === run)
            setState((prev) => ({ status: 'error', code: errorCodeOf(error), records: prev.records }));
        },
      );
    };
    const unsubscribe = session.subscribeAll(read);
    read();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [session]);
  return state;
}
