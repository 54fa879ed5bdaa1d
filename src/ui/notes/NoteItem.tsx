import { useTranslation } from 'react-i18next';
import type { Lang, Meeting } from '../../core/model';
import { readoutLabel } from './readout-label';
import { type TopicOption, topicLabel } from './topic-options';
import type { AnchoredStoredNote } from './use-anchored-notes';

interface NoteItemProps {
  item: AnchoredStoredNote;
  number: number;
  meeting: Meeting;
  topics: readonly TopicOption[];
  lang: Lang;
  onGoTo: (item: AnchoredStoredNote, targetIndex: number) => void;
  onEdit: (item: AnchoredStoredNote) => void;
  onDelete: (item: AnchoredStoredNote) => void;
}

/** One note: kind, sides, topic, its quote(s) (each a button that shows the passage), its text. */
export function NoteItem({ item, number, meeting, topics, lang, onGoTo, onEdit, onDelete }: NoteItemProps) {
  const { t } = useTranslation('notes');
  const { note } = item;
  const headingId = `note-${note.id}-heading`;
  const sides = note.targets.map((x) => t(`side.${x.side}`)).join(` ${t('item.linked')} `);
  return (
    <li className={`notes-item notes-${item.status}`} data-note-id={note.id}>
      <article id={`note-${note.id}`} tabIndex={-1} aria-labelledby={headingId}>
        <h4 id={headingId} className="notes-meta">
          <span className="notes-number">{`${number}.`}</span>{' '}
          <span className="notes-kind">{t(`kinds.${note.kind}`)}</span>
          {' · '}
          <span>{sides}</span>
          {note.topicId ? (
            <>
              {' · '}
              <span className="notes-topic">
                {t('item.topic', { topic: topicLabel(topics, note.topicId, lang) })}
              </span>
            </>
          ) : null}
        </h4>
        {item.status === 'partial' ? <p className="notes-warning">{t('item.partial')}</p> : null}
        {item.targets.map((target, i) => {
          const readout = meeting.readouts.find((r) => r.id === target.target.readoutId);
          const label = readoutLabel(t, readout, lang, target.target.readoutId);
          const quote = target.target.selectors.quote.exact;
          return (
            <blockquote
              key={`${target.target.readoutId}:${target.target.selectors.position.start}:${target.target.selectors.position.end}`}
              className={`notes-quote notes-side-${target.target.side}`}
            >
              <span className="notes-quote-source">{label}</span>
              {target.match ? (
                <button
                  type="button"
                  className="notes-goto"
                  onClick={() => onGoTo(item, i)}
                  title={t('item.goTo')}
                >
                  <q>{quote}</q>
                  <span className="sr-only">{` (${t('item.goTo')})`}</span>
                </button>
              ) : (
                <>
                  <q>{quote}</q> <span className="notes-warning">{`(${t('item.orphaned')})`}</span>
                </>
              )}
            </blockquote>
          );
        })}
        {note.body ? <p className="notes-body">{note.body}</p> : null}
        <div className="notes-item-actions">
          <button type="button" onClick={() => onEdit(item)} aria-describedby={headingId}>
            {t('item.edit')}
          </button>
          <button type="button" onClick={() => onDelete(item)} aria-describedby={headingId}>
            {t('item.delete')}
          </button>
        </div>
      </article>
    </li>
  );
}
