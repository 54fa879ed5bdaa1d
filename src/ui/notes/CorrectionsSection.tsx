import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import { verdictOf } from '../../core/notes/corrections';
import type { CorrectionNote } from '../../core/notes/types';
import { type TopicOption, topicLabel } from './topic-options';
import type { AnchoredStoredNote } from './use-anchored-notes';

export type CorrectionItem = AnchoredStoredNote & { note: CorrectionNote };

interface CorrectionsSectionProps {
  items: readonly CorrectionItem[];
  topics: readonly TopicOption[];
  lang: Lang;
  busy: boolean;
  onUndo: (item: CorrectionItem) => void;
}

/** Characters of the sentence shown: enough to recognise it, short enough for a one-line entry. */
const START_LENGTH = 40;

/** The start of a sentence, cut on a whole character (never inside a surrogate pair). */
function sentenceStart(text: string, max = START_LENGTH): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`;
}

/**
 * The reader's topic corrections, apart from the notes (they are verdicts on the tagger, not comments): topic,
 * side, verdict and the sentence's start, each with an Undo that deletes the correction.
 */
export function CorrectionsSection({ items, topics, lang, busy, onUndo }: CorrectionsSectionProps) {
  const { t } = useTranslation('notes');
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section className="notes-corrections" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('corrections.heading', { count: items.length })}</h3>
      <p className="notes-hint">{t('corrections.explain')}</p>
      <ul className="notes-corrections-list">
        {items.map((item) => {
          const { note } = item;
          const target = note.targets[0];
          const verdict = verdictOf(note.kind);
          const what = t(`corrections.${verdict}`, { topic: topicLabel(topics, note.topicId, lang) });
          const side = t(`side.${target.side}`);
          return (
            <li key={note.id} className={`notes-correction notes-side-${target.side}`} data-note-id={note.id}>
              <p className="notes-correction-text">
                <span className={`notes-verdict notes-verdict-${verdict}`}>{what}</span>
                <span className="notes-correction-side">{` · ${side}`}</span>
                {item.status === 'orphaned' ? (
                  <span className="notes-warning">{` · ${t('corrections.orphaned')}`}</span>
                ) : null}
                <q className="notes-correction-sentence" title={target.selectors.quote.exact}>
                  {sentenceStart(target.selectors.quote.exact)}
                </q>
              </p>
              <button
                type="button"
                disabled={busy}
                onClick={() => onUndo(item)}
                aria-label={t('corrections.undoLabel', { what: `${what} (${side})` })}
              >
                {t('corrections.undo')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
