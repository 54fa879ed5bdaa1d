import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Side } from '../../core/model';
import { NOTE_KINDS, type NoteKind } from '../../core/notes/types';
import type { NoteFields } from './note-draft';
import type { TopicOption } from './topic-options';

interface FormPassage {
  side: Side;
  quote: string;
  label: string;
}

interface NoteFormProps {
  mode: 'new' | 'edit';
  passages: readonly FormPassage[];
  initial: NoteFields;
  topics: readonly TopicOption[];
  lang: Lang;
  busy: boolean;
  /** The note being edited was deleted elsewhere: this form now saves the reader's text as a new note. */
  recovered?: boolean;
  onSave: (fields: NoteFields) => void;
  /** Every change, so the panel keeps the text if the form has to move. */
  onChange?: (fields: NoteFields) => void;
  onCancel: () => void;
}

/** The note's kind, optional topic and text, for a new note or an edit. Texts render as text nodes only. */
export function NoteForm(props: NoteFormProps) {
  const { mode, passages, initial, topics, lang, busy, recovered, onSave, onChange, onCancel } = props;
  const { t } = useTranslation('notes');
  const id = useId();
  const [kind, setKind] = useState<NoteKind>(initial.kind);
  const [topicId, setTopicId] = useState(initial.topicId);
  const [body, setBody] = useState(initial.body);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const title = recovered
    ? t('form.recoveredTitle')
    : mode === 'new'
      ? t('form.newTitle')
      : t('form.editTitle');

  useEffect(() => {
    onChange?.({ kind, topicId, body });
  }, [kind, topicId, body, onChange]);

  // A recovered form replaces the one the reader was typing in: put them back where they were.
  useEffect(() => {
    if (recovered) bodyRef.current?.focus();
  }, [recovered]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ kind, topicId, body });
  };

  return (
    <form className="notes-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>{title}</h3>
      <figure className="notes-form-passages">
        <figcaption>{passages.length > 1 ? t('form.passages') : t('form.passage')}</figcaption>
        {passages.map((p) => (
          <blockquote key={`${p.side}-${p.label}-${p.quote}`} className={`notes-quote notes-side-${p.side}`}>
            <span className="notes-quote-source">{p.label}</span>
            <q>{p.quote}</q>
          </blockquote>
        ))}
      </figure>
      <label htmlFor={`${id}-kind`}>{t('form.kind')}</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
        {NOTE_KINDS.map((k) => (
          <option key={k} value={k}>
            {`${t(`kinds.${k}`)} — ${t(`kindHelp.${k}`)}`}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-topic`}>{t('form.topic')}</label>
      <select id={`${id}-topic`} value={topicId} onChange={(e) => setTopicId(e.target.value)}>
        <option value="">{t('form.noTopic')}</option>
        {topicId && !topics.some((x) => x.id === topicId) ? <option value={topicId}>{topicId}</option> : null}
        {topics.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label[lang]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-body`}>{t('form.body')}</label>
      <textarea
        id={`${id}-body`}
        ref={bodyRef}
        value={body}
        rows={4}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="notes-form-actions">
        <button type="submit" disabled={busy}>
          {recovered ? t('form.saveAsNew') : t('form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {recovered ? t('form.discard') : t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
