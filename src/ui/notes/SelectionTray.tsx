import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import type { ResolvedPassage } from './note-draft';
import { readoutLabel } from './readout-label';

interface SelectionTrayProps {
  pending: ResolvedPassage[] | null;
  lang: Lang;
  onAdd: (passages: ResolvedPassage[]) => void;
  onClear: () => void;
}

// Keeps the page's text selection alive while the button is pressed with a mouse.
const keepSelection = (e: { preventDefault: () => void }) => e.preventDefault();

/** What is selected in the readouts, and the buttons that start a note on it. */
export function SelectionTray({ pending, lang, onAdd, onClear }: SelectionTrayProps) {
  const { t } = useTranslation('notes');
  if (!pending || pending.length === 0) {
    return (
      <div className="notes-selection">
        <p className="notes-hint">{t('hint')}</p>
      </div>
    );
  }
  const [first, second] = pending;
  return (
    <div className="notes-selection">
      <p className="notes-selection-label">{t('selection.label')}</p>
      {pending.map((p) => (
        <blockquote key={p.readoutId} className={`notes-quote notes-side-${p.readout.side}`}>
          <span className="notes-quote-source">{readoutLabel(t, p.readout, lang, p.readoutId)}</span>
          <q>{p.quote}</q>
        </blockquote>
      ))}
      <div className="notes-selection-actions">
        {second && first ? (
          <>
            <p>{t('selection.two')}</p>
            <button type="button" onMouseDown={keepSelection} onClick={() => onAdd([first, second])}>
              {t('selection.link')}
            </button>
            {[first, second].map((p) => (
              <button key={p.readoutId} type="button" onMouseDown={keepSelection} onClick={() => onAdd([p])}>
                {t('selection.onlyOne', { side: readoutLabel(t, p.readout, lang, p.readoutId) })}
              </button>
            ))}
          </>
        ) : first ? (
          <button type="button" onMouseDown={keepSelection} onClick={() => onAdd([first])}>
            {t('selection.add')}
          </button>
        ) : null}
        <button type="button" onClick={onClear}>
          {t('selection.clear')}
        </button>
      </div>
    </div>
  );
}
