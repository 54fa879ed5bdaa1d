import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/compare/types';
import type { Meeting, Side } from '../../core/model';
import { formatTerms } from '../../core/view/format';
import { editMeetingHref, newFromHref } from '../../core/view/route';
import { sameLanguageOptions } from '../../core/view/text-choice';
import { wordDiffState } from '../../core/view/word-diff';
import type { ReadingState, ViewMode } from './use-reading-state';

interface Props {
  meeting: Meeting;
  state: ReadingState;
  comparison: Comparison | null;
  /** Opens a side's versions diff (offered when no rows pair). */
  onVersions: (side: Side) => void;
}

/**
 * Word differences: the switch where it can mark something; else why not, and what the reader can do instead
 * (show both texts in one language, compare a side's versions, add a translation).
 */
function WordDiff({ meeting, state, comparison, onVersions }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const id = useId();
  const why = wordDiffState(meeting, state.choice, comparison);
  const langName = (lang: 'zh' | 'en') => t(`common:langName.${lang}`);
  switch (why.kind) {
    case 'ready':
      return (
        <div className="control-diff">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={state.diff}
              aria-describedby={`${id}-diff-hint`}
              onChange={(e) => state.setDiff(e.target.checked)}
            />
            <span>{t('controls.diff')}</span>
          </label>
          <p id={`${id}-diff-hint`} className="hint">
            {t('controls.diffHint')}
          </p>
        </div>
      );
    case 'no-pairs':
      return (
        <div className="control-diff">
          <p className="hint">
            {t('controls.diffNoPairs', { noun: t(`common:${formatTerms(meeting.format).noun}`) })}
          </p>
          {why.versions.map((side) => (
            <button key={side} type="button" className="button-small" onClick={() => onVersions(side)}>
              {t('controls.diffVersions', { side: t(`common:side.${side}`) })}
            </button>
          ))}
        </div>
      );
    case 'choose-language':
      return (
        <div className="control-diff">
          <p className="hint">{t('controls.diffLanguage')}</p>
          {why.languages.map((lang) => (
            <button
              key={lang}
              type="button"
              className="button-small"
              onClick={() => {
                state.setLanguageMode(lang);
                state.setDiff(true);
              }}
            >
              {t('controls.diffShowIn', { language: langName(lang) })}
            </button>
          ))}
        </div>
      );
    case 'two-languages':
      return (
        <div className="control-diff">
          <p className="hint">
            {t('controls.diffTwoLanguages', { cn: langName(why.langs[0]), us: langName(why.langs[1]) })}
          </p>
          <a
            className="button-small"
            href={meeting.origin === 'user' ? editMeetingHref(meeting.id) : newFromHref(meeting.id)}
          >
            {meeting.origin === 'user' ? t('controls.diffEdit') : t('controls.diffPaste')}
          </a>
        </div>
      );
    case 'one-side':
      return (
        <div className="control-diff">
          <p className="hint">{t('controls.diffOneSide')}</p>
        </div>
      );
  }
}

/** Texts in one language (enables the diff), word differences, aligned rows or full texts. */
export function ReadingControls(props: Props) {
  const { meeting, state } = props;
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
              checked={state.languageMode === 'official'}
              onChange={() => state.setLanguageMode('official')}
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
      <WordDiff {...props} />
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
