import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Side } from '../../core/model';
import type { Suggestions } from './suggest-details';
import type { MeetingDetails } from './use-meeting-details';

const CHOICES = ['', 'cn', 'us'] as const;

/**
 * Which side asked for the call (应约 / "at the request of"): prefilled from the texts' words and marked as a
 * guess, with those words, until the reader picks a value; "not stated" is a choice like the others.
 */
export function RequestedByField({
  details,
  guess,
}: {
  details: MeetingDetails;
  guess?: Suggestions['requestedBy'] | undefined;
}) {
  const { t } = useTranslation('byo');
  const id = useId();
  const value = details.values.requestedBy;
  const from = details.guesses.requestedBy;
  // The words are shown only while the value is still the guess they support.
  const words = from && guess?.side === value ? guess.phrase : null;
  const describedBy = [...(from ? [`${id}-guess`] : []), ...(words ? [`${id}-words`] : [])].join(' ');
  return (
    <p className={`byo-field${from ? ' byo-guessed' : ''}`}>
      <span className="byo-label-row">
        <label htmlFor={`${id}-select`}>{t('field.requestedBy')}</label>
        {from ? (
          <span id={`${id}-guess`} className="byo-guess">
            {t(`guess.${from}`)}
          </span>
        ) : null}
      </span>
      <select
        id={`${id}-select`}
        value={value}
        aria-describedby={describedBy || undefined}
        onChange={(event) => details.set('requestedBy', sideOf(event.target.value))}
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choice ? t(`side.${choice}`) : t('requestedBy.none')}
          </option>
        ))}
      </select>
      {words ? (
        <span id={`${id}-words`} className="byo-hint">
          {t('requestedBy.words', { phrase: words })}
        </span>
      ) : null}
    </p>
  );
}

function sideOf(value: string): Side | '' {
  return value === 'cn' || value === 'us' ? value : '';
}
