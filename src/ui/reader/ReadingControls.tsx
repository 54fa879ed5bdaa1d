import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../core/model';
import { sameLanguageOptions } from '../../core/view/text-choice';
import type { ReadingState, ViewMode } from './use-reading-state';

/** Texts in one language (enables the diff), word differences on/off, aligned rows or full texts. */
export function ReadingControls({ meeting, state }: { meeting: Meeting; state: ReadingState }) {
  const { t } = useTranslation(['reader', 'common']);
  const id = useId();
  const languages = sameLanguageOptions(meeting);
  const views: ViewMode[] = ['aligned', 'parallel'];
  return (
    <div className="reading-controls">
      {languages.length > 0 ? (
        <fieldset className="segmented">
          <legend>{t('controls.textsLegend')}</legend>
          <label className="radio">
            <input
              type="radio"
              name={`${id}-lang`}
              checked={state.languageMode === 'default'}
              onChange={() => state.setLanguageMode('default')}
            />
            <span>{t('controls.closestToOfficial')}</span>
          </label>
          {languages.map((lang) => (
            <label key={lang} className="radio">
              <input
                type="radio"
                name={`${id}-lang`}
                checked={state.languageMode === lang}
                onChange={() => state.setLanguageMode(lang)}
              />
              <span>{t('controls.bothIn', { language: t(`common:langName.${lang}`) })}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="control-diff">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.diff}
            disabled={state.shared === null}
            aria-describedby={`${id}-diff-hint`}
            onChange={(e) => state.setDiff(e.target.checked)}
          />
          <span>{t('controls.diff')}</span>
        </label>
        <p id={`${id}-diff-hint`} className="hint">
          {state.shared === null ? t('controls.diffUnavailable') : t('controls.diffHint')}
        </p>
      </div>
      <fieldset className="segmented">
        <legend>{t('controls.layoutLegend')}</legend>
        {views.map((view) => (
          <label key={view} className="radio">
            <input
              type="radio"
              name={`${id}-view`}
              checked={state.view === view}
              onChange={() => state.setView(view)}
            />
            <span>{t(`controls.view.${view}`)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
