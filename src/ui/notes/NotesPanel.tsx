import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/compare/types';
import type { Meeting } from '../../core/model';
import { isCorrection } from '../../core/notes/types';
import { StatusMessage } from '../app/StatusMessage';
import { useNarrow } from '../app/use-narrow';
import { type CorrectionItem, CorrectionsSection } from './CorrectionsSection';
import { focusPassage } from './dom-passages';
import { ImportReport } from './ImportReport';
import { AdderButton, NoteSheet } from './NoteAdder';
import { NoteForm } from './NoteForm';
import { NoteItem } from './NoteItem';
import { NotesTools } from './NotesTools';
import { type ResolvedPassage, toTargets } from './note-draft';
import { useNotesSession, useNotesStatus } from './notes-session-context';
import { readoutLabel } from './readout-label';
import { SelectionTray } from './SelectionTray';
import { corpusTopics, type TopicOption } from './topic-options';
import { useAdderFlow } from './use-adder-flow';
import { type AnchoredStoredNote, useAnchoredNotes } from './use-anchored-notes';
import { useNotesActions } from './use-notes-actions';
import { useNotesLang } from './use-notes-lang';
import { usePassageFocus } from './use-passage-focus';
import { useReadoutSelection } from './use-readout-selection';
import './notes.css';

export interface NotesPanelProps {
  meeting: Meeting;
  /** The reader's comparison, for the Markdown export's topic tables. */
  comparison?: Comparison | null;
  /** Topic ids and labels for the form (default: the corpus lexicon). */
  topics?: readonly TopicOption[];
  /** Clock (tests). */
  now?: () => Date;
  /**
   * Shows a text of the meeting in the reader (false when it cannot), so a note's "go to passage" on a text
   * not shown switches to it.
   */
  onShowText?: (readoutId: string) => boolean;
}

const systemNow = () => new Date();

/** The meeting's notes: add from the selection, edit, delete with undo, go to a passage, export, import, print. */
export function NotesPanelView({
  meeting,
  comparison,
  topics = corpusTopics,
  now = systemNow,
  onShowText,
}: NotesPanelProps) {
  const { t } = useTranslation('notes');
  const lang = useNotesLang();
  const session = useNotesSession();
  const view = useAnchoredNotes(meeting);
  const { setAside, repairs } = useNotesStatus();
  const selection = useReadoutSelection(meeting);
  const actions = useNotesActions({
    session,
    meeting,
    ready: view.status === 'ready',
    stored: view.stored,
    comparison,
    topics,
    lang,
    now,
  });
  const [notShown, setNotShown] = useState<string | null>(null);
  const [switched, setSwitched] = useState<string | null>(null);
  const narrow = useNarrow();
  const flow = useAdderFlow({
    meeting,
    editing: actions.editing,
    startNew: actions.startNew,
    clearSelection: selection.clear,
  });
  const besidePassage = flow.beside;
  const focusWhenShown = usePassageFocus();
  const focusNext = useRef<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  // Topic corrections are verdicts on the tagger, not comments: they get their own section.
  const placed = view.placed.filter((a) => !isCorrection(a.note));
  const orphaned = view.orphaned.filter((a) => !isCorrection(a.note));
  const corrections = [...view.placed, ...view.orphaned].filter((a): a is CorrectionItem =>
    isCorrection(a.note),
  );
  const all = [...placed, ...orphaned];

  // After a save or undo, move focus to the note once the list shows it.
  useEffect(() => {
    const id = focusNext.current;
    const el = id ? document.getElementById(`note-${id}`) : null;
    if (el) {
      focusNext.current = null;
      el.focus();
    }
  });

  // After a delete, focus Undo once it is committed (a frame's delay can come before React's commit).
  useEffect(() => {
    if (focusUndo.current && undoButton.current) {
      focusUndo.current = false;
      undoButton.current.focus();
    }
  });

  const add = useCallback(
    (passages: ResolvedPassage[]) => {
      actions.startNew(toTargets(passages));
      selection.clear();
    },
    [actions.startNew, selection.clear],
  );

  const goTo = useCallback(
    (item: AnchoredStoredNote, index: number) => {
      const target = item.targets[index];
      if (!target?.match) return;
      const shown = focusPassage({
        readoutId: target.target.readoutId,
        start: target.match.start,
        end: target.match.end,
      });
      const readout = meeting.readouts.find((r) => r.id === target.target.readoutId);
      const label = readoutLabel(t, readout, lang, target.target.readoutId);
      // A text not shown right now: show it (one click), then go to the passage once its rows are there.
      const switching = !shown && onShowText?.(target.target.readoutId) === true;
      if (switching)
        focusWhenShown({
          readoutId: target.target.readoutId,
          start: target.match.start,
          end: target.match.end,
        });
      setSwitched(switching ? label : null);
      setNotShown(shown || switching ? null : label);
    },
    [lang, meeting.readouts, t, onShowText, focusWhenShown],
  );

  const save = async (fields: Parameters<typeof actions.save>[0]) => {
    const beside = actions.editing?.place === 'adder';
    const id = await actions.save(fields);
    if (!id) return;
    // A note written at the selection sends the reader back to the text; one written here, to the note.
    if (beside) flow.backToText();
    else focusNext.current = id;
  };

  const cancel = () => {
    const beside = actions.editing?.place === 'adder';
    actions.setEditing(null);
    if (beside) flow.backToText();
  };

  const remove = async (item: AnchoredStoredNote, done: 'deleted' | 'correctionRemoved' = 'deleted') => {
    if (await actions.remove({ note: item.note, rev: item.rev }, done)) focusUndo.current = true;
  };

  const restore = async () => {
    const id = await actions.restore();
    if (id) focusNext.current = id;
  };

  const { editing } = actions;
  const formPassages = (editing?.targets ?? []).map((target) => ({
    side: target.side,
    quote: target.selectors.quote.exact,
    label: readoutLabel(
      t,
      meeting.readouts.find((r) => r.id === target.readoutId),
      lang,
      target.readoutId,
    ),
  }));
  const form = editing ? (
    <NoteForm
      key={editing.id}
      mode={editing.baseRev === null ? 'new' : 'edit'}
      passages={formPassages}
      initial={editing.initial}
      topics={topics}
      lang={lang}
      busy={actions.busy}
      recovered={editing.recovered === true}
      onSave={(fields) => void save(fields)}
      onChange={actions.noteDraft}
      onCancel={cancel}
    />
  ) : null;
  const isNewForm = editing?.baseRev === null;
  const errorMessage =
    actions.message?.kind === 'error' ? (
      <StatusMessage tone="error" code={`notes:errors.${actions.message.code}`} className="notes-error" />
    ) : null;
  const item = (a: AnchoredStoredNote, i: number) =>
    editing && !isNewForm && editing.id === a.note.id ? (
      <li key={a.note.id} className="notes-item notes-editing">
        {form}
      </li>
    ) : (
      <NoteItem
        key={a.note.id}
        item={a}
        number={i + 1}
        meeting={meeting}
        topics={topics}
        lang={lang}
        onGoTo={goTo}
        onEdit={(x) => actions.startEdit({ note: x.note, rev: x.rev })}
        onDelete={(x) => void remove(x)}
      />
    );

  const { message } = actions;
  return (
    <section className="notes-panel" aria-labelledby="notes-panel-heading">
      <h2 id="notes-panel-heading">
        {t('heading')}{' '}
        <span className="notes-count">
          {view.status === 'ready' ? t('count', { count: all.length }) : ''}
        </span>
      </h2>
      <div className="notes-statusbar">
        <div className="notes-live" role="status" aria-live="polite">
          {message?.kind === 'status'
            ? t(`status.${message.key}`, { count: 'count' in message ? message.count : 0 })
            : null}
          {view.status === 'loading' ? t('loading') : null}
          {view.pending > 0 ? t('anchoring', { count: view.pending }) : null}
        </div>
        {actions.undo ? (
          <button type="button" ref={undoButton} onClick={() => void restore()}>
            {t('status.undo')}
          </button>
        ) : null}
      </div>
      {besidePassage ? null : errorMessage}
      {view.status === 'error' && view.errorCode ? (
        <StatusMessage tone="error" code={`notes:errors.${view.errorCode}`} className="notes-error" />
      ) : null}
      {repairs.recreated.length > 0 ? (
        <StatusMessage tone="success" code="notes:repair.recreated" className="notes-repaired" />
      ) : null}
      {repairs.rekeyed > 0 ? (
        <StatusMessage
          tone="success"
          code="notes:repair.rekeyed"
          values={{ count: repairs.rekeyed }}
          className="notes-repaired"
        />
      ) : null}
      {setAside > 0 ? (
        <StatusMessage
          tone="error"
          code="notes:setAside.message"
          values={{ count: setAside }}
          className="notes-error"
        >
          <button type="button" onClick={() => void actions.downloadSetAside()}>
            {t('setAside.download')}
          </button>
        </StatusMessage>
      ) : null}
      <SelectionTray pending={selection.pending} lang={lang} onAdd={add} onClear={selection.clear} />
      {isNewForm && !besidePassage ? form : null}
      {flow.place ? (
        <NoteSheet spot={flow.place.spot} container={flow.place.container} narrow={narrow} onEscape={cancel}>
          {errorMessage}
          {form}
        </NoteSheet>
      ) : null}
      {flow.adder && !besidePassage ? <AdderButton target={flow.adder} onAdd={flow.addAt} /> : null}
      {notShown ? <p className="notes-hint">{t('item.notShown', { readout: notShown })}</p> : null}
      {switched ? (
        <StatusMessage
          tone="success"
          code="notes:item.switched"
          values={{ readout: switched }}
          className="notes-hint"
        />
      ) : null}
      <ol className="notes-list">{placed.map(item)}</ol>
      {orphaned.length > 0 ? (
        <section className="notes-orphans" aria-labelledby="notes-orphans-heading">
          <h3 id="notes-orphans-heading">{`${t('orphans.heading')} (${orphaned.length})`}</h3>
          <p>{t('orphans.explain')}</p>
          <ol className="notes-list">{orphaned.map((a, i) => item(a, placed.length + i))}</ol>
        </section>
      ) : null}
      <CorrectionsSection
        items={corrections}
        topics={topics}
        lang={lang}
        busy={actions.busy}
        onUndo={(x) => void remove(x, 'correctionRemoved')}
      />
      <NotesTools
        canExport={view.status === 'ready'}
        canLabel={view.status === 'ready' && corrections.length > 0 && Boolean(comparison)}
        onLabelled={actions.exportLabelledExamples}
        onMarkdown={actions.exportMd}
        onJsonLd={actions.exportLd}
        onJsonLdAll={() => void actions.exportAllLd()}
        onImport={(file) => void actions.importFile(file)}
      />
      {actions.importSummary ? (
        <ImportReport summary={actions.importSummary} onDismiss={() => actions.setImportSummary(null)} />
      ) : null}
    </section>
  );
}
