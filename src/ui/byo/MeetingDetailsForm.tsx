import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFormat, Side } from '../../core/model';
import { DateField } from '../app/DateField';
import { RequestedByField } from './RequestedByField';
import type { Suggestions } from './suggest-details';
import type { DetailsField, MeetingDetails } from './use-meeting-details';

const FORMATS: readonly MeetingFormat[] = ['meeting', 'phone', 'video', 'talks'];

type TextField = Exclude<DetailsField, 'format' | 'requestedBy' | 'excerptCn' | 'excerptUs'>;
type LabelKey =
  | 'title'
  | 'date'
  | 'endDate'
  | 'place'
  | 'participantsCn'
  | 'participantsUs'
  | 'issuerCn'
  | 'issuerUs'
  | 'sourceCn'
  | 'sourceUs';

/**
 * The optional meeting details, pre-filled from the texts; every field has a visible label. A value found in
 * a page or a text, and not yet touched by the reader, carries a visible "check" tag its field is described by.
 */
export const MeetingDetailsForm = memo(function MeetingDetailsForm({
  details,
  open,
  requestedBy,
  keptSides = [],
  joined = false,
}: {
  details: MeetingDetails;
  open?: boolean;
  requestedBy?: Suggestions['requestedBy'] | undefined;
  /** Sides whose text is a joined meeting's, kept with its own provenance: no issuer or source to fill in. */
  keptSides?: readonly Side[];
  /** The details are those of a meeting the texts join, not guesses from the texts. */
  joined?: boolean;
}) {
  const { t } = useTranslation('byo');
  const id = useId();
  const v = details.values;

  const fieldClass = (field: DetailsField, extra = '') =>
    `byo-field${extra}${details.guesses[field] ? ' byo-guessed' : ''}`;
  const guessId = (field: DetailsField) => `${id}-${field}-guess`;
  const guessTag = (field: DetailsField) => {
    const from = details.guesses[field];
    return from ? (
      <span id={guessId(field)} className="byo-guess">
        {t(`guess.${from}`)}
      </span>
    ) : null;
  };
  const describedBy = (field: DetailsField, ...more: string[]) => {
    const ids = [...more, ...(details.guesses[field] ? [guessId(field)] : [])];
    return ids.length > 0 ? ids.join(' ') : undefined;
  };

  const input = (field: TextField, label: LabelKey, type: 'text' | 'date' | 'url' = 'text') => (
    <p className={fieldClass(field, ` byo-field-${field}`)}>
      <span className="byo-label-row">
        <label htmlFor={`${id}-${field}`}>{t(`field.${label}`)}</label>
        {guessTag(field)}
      </span>
      {type === 'date' ? (
        <DateField
          id={`${id}-${field}`}
          value={v[field]}
          describedBy={describedBy(field)}
          onChange={(date) => details.set(field, date)}
        />
      ) : (
        <input
          id={`${id}-${field}`}
          type={type}
          value={v[field]}
          aria-describedby={describedBy(field)}
          onChange={(event) => details.set(field, event.target.value)}
          {...(type === 'url' ? { inputMode: 'url' as const, placeholder: 'https://' } : {})}
        />
      )}
    </p>
  );

  const area = (field: 'participantsCn' | 'participantsUs') => (
    <p className={fieldClass(field)}>
      <span className="byo-label-row">
        <label htmlFor={`${id}-${field}`}>{t(`field.${field}`)}</label>
        {guessTag(field)}
      </span>
      <textarea
        id={`${id}-${field}`}
        rows={Math.max(2, v[field].split('\n').length)}
        value={v[field]}
        aria-describedby={describedBy(field, `${id}-participants-hint`)}
        onChange={(event) => details.set(field, event.target.value)}
      />
    </p>
  );

  const check = (field: 'excerptCn' | 'excerptUs') => (
    <p className="byo-field byo-check">
      <input
        id={`${id}-${field}`}
        type="checkbox"
        checked={v[field]}
        onChange={(event) => details.set(field, event.target.checked)}
      />{' '}
      <label htmlFor={`${id}-${field}`}>{t(`field.${field}`)}</label>
    </p>
  );

  return (
    <details className="byo-details" open={open}>
      <summary>{t('details')}</summary>
      <p className="byo-hint">{t(joined ? 'detailsHintJoin' : 'detailsHint')}</p>
      <div className="byo-details-grid">
        {input('title', 'title')}
        {input('date', 'date', 'date')}
        {input('endDate', 'endDate', 'date')}
        <p className={fieldClass('format')}>
          <span className="byo-label-row">
            <label htmlFor={`${id}-format`}>{t('field.format')}</label>
            {guessTag('format')}
          </span>
          <select
            id={`${id}-format`}
            value={v.format || 'meeting'}
            aria-describedby={describedBy('format')}
            onChange={(event) => details.set('format', event.target.value as MeetingFormat)}
          >
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`format.${f}`)}
              </option>
            ))}
          </select>
        </p>
        {input('place', 'place')}
        <RequestedByField details={details} guess={requestedBy} />
      </div>
      <p id={`${id}-participants-hint`} className="byo-hint">
        {t('field.participantsHint')}
      </p>
      <div className="byo-details-sides">
        <fieldset className="side-cn">
          <legend>{t('side.cn')}</legend>
          {area('participantsCn')}
          {keptSides.includes('cn') ? (
            <p className="byo-hint">{t('keptText')}</p>
          ) : (
            <>
              {input('issuerCn', 'issuerCn')}
              {input('sourceCn', 'sourceCn', 'url')}
              {check('excerptCn')}
            </>
          )}
        </fieldset>
        <fieldset className="side-us">
          <legend>{t('side.us')}</legend>
          {area('participantsUs')}
          {keptSides.includes('us') ? (
            <p className="byo-hint">{t('keptText')}</p>
          ) : (
            <>
              {input('issuerUs', 'issuerUs')}
              {input('sourceUs', 'sourceUs', 'url')}
              {check('excerptUs')}
            </>
          )}
        </fieldset>
      </div>
    </details>
  );
});
