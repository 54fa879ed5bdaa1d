import { useCallback, useState } from 'react';
import { downloadFile, safeFilePart } from '../../browser/download';
import { errorCodeOf, type NotesSession } from '../../browser/notes-session';
import type { StoredNote } from '../../browser/notes-store';
import { jsonSafe } from '../../browser/store/json-safe';
import type { Comparison } from '../../core/compare/types';
import type { Lang, Meeting } from '../../core/model';
import { exportJsonLd } from '../../core/notes/export-jsonld';
import { exportLabelled } from '../../core/notes/export-labelled';
import { exportMarkdown } from '../../core/notes/export-markdown';
import { parseJsonLd } from '../../core/notes/import-jsonld';
import type { ImportSummary } from './ImportReport';
import type { NotesMessage } from './notes-message';
import type { TopicOption } from './topic-options';

interface Deps {
  session: NotesSession;
  meeting: Meeting;
  stored: readonly StoredNote[];
  comparison: Comparison | null | undefined;
  topics: readonly TopicOption[];
  lang: Lang;
  now: () => Date;
  setMessage: (message: NotesMessage | null) => void;
}

/** The panel's files: exports (Markdown, JSON-LD, labelled examples), import, and the set-aside records. */
export function useNotesFiles({ session, meeting, stored, comparison, topics, lang, now, setMessage }: Deps) {
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);
  const notes = useCallback(() => stored.map((s) => s.note), [stored]);
  const base = `readout-notes-${safeFilePart(meeting.id, 'notes')}`;

  const exportMd = useCallback(() => {
    const md = exportMarkdown(
      { meeting, notes: notes(), comparison: comparison ?? null, topics },
      { now: now(), lang },
    );
    downloadFile(`${base}.md`, md, 'text/markdown');
  }, [base, comparison, lang, meeting, notes, now, topics]);

  const exportLd = useCallback(() => {
    downloadFile(
      `${base}.jsonld`,
      exportJsonLd(notes(), { now: now(), meetingId: meeting.id }),
      'application/ld+json',
    );
  }, [base, meeting.id, notes, now]);

  const exportAllLd = useCallback(async () => {
    try {
      const all = (await session.listAll()).map((s) => s.note);
      downloadFile('readout-notes-all.jsonld', exportJsonLd(all, { now: now() }), 'application/ld+json');
    } catch (error) {
      setMessage({ kind: 'error', code: errorCodeOf(error) });
    }
  }, [now, session, setMessage]);

  /** The corrected sentences of the texts shown, as JSON Lines for tests/fixtures/labelled/. */
  const exportLabelledExamples = useCallback(() => {
    if (!comparison) return;
    const file = exportLabelled({ meeting, notes: notes(), comparison }, { now: now() });
    if (file.count === 0) {
      setMessage({ kind: 'status', key: 'noLabelled' });
      return;
    }
    downloadFile(file.fileName, file.text, 'application/jsonl');
    setMessage({ kind: 'status', key: 'labelled', count: file.count });
  }, [comparison, meeting, notes, now, setMessage]);

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
    [meeting.id, session, setMessage],
  );

  const downloadSetAside = useCallback(async () => {
    try {
      const records = await session.listSetAside();
      // As stored (made JSON-safe: a record may hold what JSON cannot, such as a BigInt).
      downloadFile(
        'readout-notes-set-aside.json',
        `${JSON.stringify(jsonSafe(records), null, 2)}\n`,
        'application/json',
      );
    } catch (error) {
      setMessage({ kind: 'error', code: errorCodeOf(error) });
    }
  }, [session, setMessage]);

  return {
    importSummary,
    setImportSummary,
    exportMd,
    exportLd,
    exportAllLd,
    exportLabelledExamples,
    importFile,
    downloadSetAside,
  };
}
