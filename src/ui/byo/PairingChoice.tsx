import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, Side } from '../../core/model';
import { formatDateRange, pick } from '../../core/view/format';
import { useUiLang } from '../app/use-ui-lang';
import { sideTextOf } from './initial-state';
import type { Pairing } from './use-pairing';

const SIDES: readonly Side[] = ['cn', 'us'];

/**
 * The choice pairing offers (issue 11): add the texts to the meeting they match (the default), or make a new
 * meeting. Says what joining does to each side, and where the result is kept.
 */
export const PairingChoice = memo(function PairingChoice({
  pairing,
  match,
  hasText,
}: {
  pairing: Pairing;
  match: Meeting;
  hasText: Record<Side, boolean>;
}) {
  const { t } = useTranslation('byo');
  const lang = useUiLang();
  const id = useId();
  const what = (side: Side) => {
    const name = t(`side.${side}`);
    const has = sideTextOf(match, side) !== null;
    if (!hasText[side]) return t(has ? 'pairing.keeps' : 'pairing.needs', { side: name });
    if (!has) return t('pairing.fills', { side: name });
    // One of the reader's own meetings has one text a side; a corpus meeting keeps its texts beside.
    return t(match.origin === 'user' ? 'pairing.replaces' : 'pairing.adds', { side: name });
  };
  return (
    <fieldset className="byo-pairing" aria-describedby={`${id}-hint`}>
      <legend>{t('pairing.legend')}</legend>
      <p id={`${id}-hint`} className="byo-hint">
        {t('pairing.hint')}
      </p>
      <div className="byo-pairing-option">
        <input
          id={`${id}-join`}
          type="radio"
          name={`${id}-pairing`}
          checked={pairing.choice === 'join'}
          aria-describedby={`${id}-join-what`}
          onChange={() => pairing.choose('join')}
        />
        <div>
          <label htmlFor={`${id}-join`}>
            {t('pairing.join', {
              title: pick(match.title, lang),
              date: formatDateRange(match.date, match.endDate, lang),
            })}
          </label>
          <ul id={`${id}-join-what`} className="byo-pairing-what">
            <li>{t(match.origin === 'user' ? 'pairing.joinOwn' : 'pairing.joinCorpus')}</li>
            {SIDES.map((side) => (
              <li key={side}>{what(side)}</li>
            ))}
          </ul>
        </div>
      </div>
      <div className="byo-pairing-option">
        <input
          id={`${id}-new`}
          type="radio"
          name={`${id}-pairing`}
          checked={pairing.choice === 'new'}
          onChange={() => pairing.choose('new')}
        />
        <label htmlFor={`${id}-new`}>{t('pairing.new')}</label>
      </div>
    </fieldset>
  );
});
