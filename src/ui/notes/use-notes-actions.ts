import { useCallback, useEffect, useRef, useState } from 'react';
import { newNoteId } from '../../browser/notes-id';
import { errorCodeOf, type NotesSession } from '../../browser/notes-session';
import type { StoredNote } from '../../browser/notes-store';
import type { Comparison } from '../../core/compare/types';
import type { Lang, Meeting } from '../../core/model';
import type { Note, NoteTargets } from '../../core/notes/types';
import { buildNote, type NoteFields } from './note-draft';
import type { NotesMessage } from './notes-message';
import type { TopicOption } from './topic-options';
import { useNotesFiles } from './use-notes-files';

/** What the form edits: a new note on passages, or an existing note at the revision it was loaded at. */
export interface Editing {
  id: string;
  created: string;
  targets: NoteTargets;
  /** null for a new note. */
  baseRev: number | null;
  /** After a conflict, the next save deliberately replaces whatever is stored now. */
  replaceLatest: boolean;
  /** The note being edited was deleted in another tab: the reader's text is now a new note's. */
  recovered?: boolean;
  /** Where the form is: in the panel, or beside the passage (opened from the adder at a selection). */
  place: 'panel' | 'adder';
  initial: NoteFields;
}

interface Deps {
  session: NotesSession;
  meeting: Meeting;
  /** Whether `stored` is the store's current content (not the empty list of a loading state). */
  ready: boolean;
  stored: readonly StoredNote[];
  comparison: Comparison | null | undefined;
  topics: readonly TopicOption[];
  lang: Lang;
  now: () => Date;
}

/** The panel's writes and files, each ending in a message the panel shows (translated by code). */
export function useNotesActions(deps: Deps) {
  const { session, meeting, ready, stored, now } = deps;
  const [message, setMessage] = useState<NotesMessage | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [undo, setUndo] = useState<Note | null>(null);
  const [busy, setBusy] = useState(false);
  // What the reader has typed so far, so the text survives the form moving (or the note vanishing).
  const draft = useRef<NoteFields | null>(null);
  const files = useNotesFiles({ ...deps, setMessage });

  const open = useCallback((next: Editing) => {
    draft.current = next.initial;
    setEditing(next);
    setMessage(null);
  }, []);

  const startNew = useCallback(
    (targets: NoteTargets, place: Editing['place'] = 'panel') =>
      open({
        id: newNoteId(),
        created: '',
        targets,
        baseRev: null,
        replaceLatest: false,
        place,
        initial: { kind: 'other', topicId: '', body: '' },
      }),
    [open],
  );

  const startEdit = useCallback(
    (s: StoredNote) =>
      open({
        id: s.note.id,
        created: s.note.created,
        targets: s.note.targets,
        baseRev: s.rev,
        replaceLatest: false,
        place: 'panel',
        initial: { kind: s.note.kind, topicId: s.note.topicId ?? '', body: s.note.body },
      }),
    [open],
  );

  const noteDraft = useCallback((fields: NoteFields) => {
    draft.current = fields;
  }, []);

  // The note being edited was deleted in another tab: keep the reader's text as a new note to save.
  useEffect(() => {
    if (!ready || !editing || editing.baseRev === null) return;
    if (stored.some((s) => s.note.id === editing.id)) return;
    setEditing({
      ...editing,
      id: newNoteId(),
      created: '',
      baseRev: null,
      replaceLatest: false,
      recovered: true,
      initial: draft.current ?? editing.initial,
    });
    setMessage({ kind: 'error', code: 'deleted-while-editing' });
  }, [ready, editing, stored]);

  /** Resolves to the saved note's id, or null when it was not saved (the form stays open). */
  const save = useCallback(
    async (fields: NoteFields): Promise<string | null> => {
      if (!editing) return null;
      draft.current = fields;
      const at = now();
      const created = editing.created || at.toISOString();
      const note = buildNote(
        { id: editing.id, meetingId: meeting.id, created, targets: editing.targets },
        fields,
        at,
      );
      const current = stored.find((s) => s.note.id === editing.id);
      setBusy(true);
      setMessage({ kind: 'status', key: 'saving' });
      try {
        if (editing.baseRev === null || (editing.replaceLatest && !current)) await session.create(note);
        else await session.update(note, editing.replaceLatest && current ? current.rev : editing.baseRev);
        setEditing(null);
        setMessage({ kind: 'status', key: 'saved' });
        return note.id;
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === 'conflict' || code === 'deleted-elsewhere')
          setEditing({ ...editing, initial: fields, replaceLatest: true });
        setMessage({ kind: 'error', code });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [editing, meeting.id, now, session, stored],
  );

  const remove = useCallback(
    async (s: StoredNote, done: 'deleted' | 'correctionRemoved' = 'deleted'): Promise<boolean> => {
      try {
        await session.remove(s);
        setUndo(s.note);
        setMessage({ kind: 'status', key: done });
        if (editing?.id === s.note.id) setEditing(null);
        return true;
      } catch (error) {
        const code = errorCodeOf(error);
        setMessage({ kind: 'error', code: code === 'conflict' ? 'conflict-delete' : code });
        return false;
      }
    },
    [editing, session],
  );

  const restore = useCallback(async (): Promise<string | null> => {
    if (!undo) return null;
    try {
      await session.create(undo);
      setUndo(null);
      setMessage({ kind: 'status', key: 'restored' });
      return undo.id;
    } catch (error) {
      setMessage({ kind: 'error', code: errorCodeOf(error) });
      return null;
    }
  }, [session, undo]);

  return {
    ...files,
    message,
    setMessage,
    editing,
    setEditing,
    undo,
    busy,
    startNew,
    startEdit,
    noteDraft,
    save,
    remove,
    restore,
  };
}
