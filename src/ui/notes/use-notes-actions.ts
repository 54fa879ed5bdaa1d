import { useCallback, useState } from 'react';
import { downloadText, safeFilePart } from '../../browser/notes-download';
import { newNoteId } from '../../browser/notes-id';
import { errorCodeOf, type NotesSession } from '../../browser/notes-session';
import type { StoredNote } from '../../browser/notes-store';
import type { Comparison } from '../../core/compare/types';
import type { Lang, Meeting } from '../../core/model';
import { exportJsonLd } from '../../core/notes/export-jsonld';
import { exportMarkdown } from '../../core/notes/export-markdown';
import { parseJsonLd } from '../../core/notes/import-jsonld';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import type { Note, NoteTargets } from '../../core/notes/types';
import type { ImportSummary } from './ImportReport';
import { buildNote, type NoteFields } from './note-draft';
import type { TopicOption } from './topic-options';

export type NotesMessage =
  | { kind: 'status'; key: 'saving' | 'saved' | 'deleted' | 'restored' }
  | { kind: 'error'; code: NotesErrorCode | 'conflict-delete' };

/** What the form edits: a new note on passages, or an existing note at the revision it was loaded at. */
export interface Editing {
  id: string;
  created: string;
  targets: NoteTargets;
  /** null for a new note. */
  baseRev: number | null;
  /** After a conflict, the next save deliberately replaces whatever is stored now. */
  replaceLatest: boolean;
  initial: NoteFields;
}

interface Deps {
  session: NotesSession;
  meeting: Meeting;
  stored: readonly StoredNote[];
  comparison: Comparison | null | undefined;
  topics: readonly TopicOption[];
  lang: Lang;
  now: () => Date;
}

/** The panel's writes and files, each ending in a message the panel shows (translated by code). */
export function useNotesActions({ session, meeting, stored, comparison, topics, lang, now }: Deps) {
  const [message, setMessage] = useState<NotesMessage | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [undo, setUndo] = useState<Note | null>(null);
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const startNew = useCallback((targets: NoteTargets) => {
    const id = newNoteId();
    setEditing({
      id,
      created: '',
      targets,
      baseRev: null,
      replaceLatest: false,
      initial: { kind: 'other', topicId: '', body: '' },
    });
    setMessage(null);
  }, []);

  const startEdit = useCallback((s: StoredNote) => {
    const { note } = s;
    setEditing({
      id: note.id,
      created: note.created,
      targets: note.targets,
      baseRev: s.rev,
      replaceLatest: false,
      initial: { kind: note.kind, topicId: note.topicId ?? '', body: note.body },
    });
    setMessage(null);
  }, []);

  /** Resolves to the saved note's id, or null when it was not saved (the form stays open). */
  const save = useCallback(
    async (fields: NoteFields): Promise<string | null> => {
      if (!editing) return null;
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
          setEditing({ ...editing, replaceLatest: true });
        setMessage({ kind: 'error', code });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [editing, meeting.id, now, session, stored],
  );

  const remove = useCallback(
    async (s: StoredNote): Promise<boolean> => {
      try {
        await session.remove(s);
        setUndo(s.note);
        setMessage({ kind: 'status', key: 'deleted' });
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

  const notes = useCallback(() => stored.map((s) => s.note), [stored]);
  const base = `readout-notes-${safeFilePart(meeting.id)}`;

  const exportMd = useCallback(() => {
    const md = exportMarkdown(
      { meeting, notes: notes(), comparison: comparison ?? null, topics },
      { now: now(), lang },
    );
    downloadText(`${base}.md`, md, 'text/markdown');
  }, [base, comparison, lang, meeting, notes, now, topics]);

  const exportLd = useCallback(() => {
    downloadText(
      `${base}.jsonld`,
      exportJsonLd(notes(), { now: now(), meetingId: meeting.id }),
      'application/ld+json',
    );
  }, [base, meeting.id, notes, now]);

  const exportAllLd = useCallback(async () => {
    try {
      const all = (await session.listAll()).map((s) => s.note);
      downloadText('readout-notes-all.jsonld', exportJsonLd(all, { now: now() }), 'application/ld+json');
    } catch (error) {
      setMessage({ kind: 'error', code: errorCodeOf(error) });
    }
  }, [now, session]);

  const importFile = useCallback(
    async (file: File) => {
      setImportSummary(null);
      try {
        const parsed = parseJsonLd(await file.text());
        const outcome = await session.importNotes(parsed.notes);
        setImportSummary({
          file: file.name,
          added: outcome.added.length,
          skipped: outcome.skipped.length,
          otherMeetings: outcome.added.filter((n) => n.meetingId !== meeting.id).length,
          problems: parsed.problems,
        });
        setMessage(null);
      } catch (error) {
        setMessage({ kind: 'error', code: errorCodeOf(error) });
      }
    },
    [meeting.id, session],
  );

  const downloadQuarantine = useCallback(async () => {
    const records = await session.listQuarantine();
    downloadText('readout-notes-set-aside.json', `${JSON.stringify(records, null, 2)}\n`, 'application/json');
  }, [session]);

  return {
    message,
    setMessage,
    editing,
    setEditing,
    undo,
    importSummary,
    setImportSummary,
    busy,
    startNew,
    startEdit,
    save,
    remove,
    restore,
    exportMd,
    exportLd,
    exportAllLd,
    importFile,
    downloadQuarantine,
  };
}
