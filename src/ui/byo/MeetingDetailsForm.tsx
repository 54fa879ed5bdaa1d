import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFormat } from '../../core/model';
import type { DetailsField, MeetingDetails } from './use-meeting-details';

const FORMATS: readonly MeetingFormat[] = ['meeting', 'phone', 'video', 'talks'];

type TextField = Exclude<DetailsField, 'format' | 'excerptCn' | 'excerptUs'>;
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

/** The optional meeting details, pre-filled from the texts; every field has a visible label. */
export const MeetingDetailsForm = memo(function MeetingDetailsForm({
  details,
  open,
}: {
  details: MeetingDetails;
  open?: boolean;
}) {
  const { t } = useTranslation('byo');
  const id = useId();
  const v = details.values;

  const input = (field: TextField, label: LabelKey, type: 'text' | 'date' | 'url' = 'text') => (
    <p className={`byo-field byo-field-${field}`}>
      <label htmlFor={`${id}-${field}`}>{t(`field.${label}`)}</label>
      <input
        id={`${id}-${field}`}
        type={type}
        value={v[field]}
        onChange={(event) => details.set(field, event.target.value)}
        {...(type === 'url' ? { inputMode: 'url' as const, placeholder: 'https://' } : {})}
      />
    </p>
  );

  const area = (field: 'participantsCn' | 'participantsUs') => (
    <p className="byo-field">
      <label htmlFor={`${id}-${field}`}>{t(`field.${field}`)}</label>
      <textarea
        id={`${id}-${field}`}
        rows={2}
        value={v[field]}
        aria-describedby={`${id}-participants-hint`}
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
      <p className="byo-hint">{t('detailsHint')}</p>
      <div className="byo-details-grid">
        {input('title', 'title')}
        {input('date', 'date', 'date')}
        {input('endDate', 'endDate', 'date')}
        <p className="byo-field">
          <label htmlFor={`${id}-format`}>{t('field.format')}</label>
          <select
            id={`${id}-format`}
            value={v.format || 'meeting'}
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
      </div>
      <p id={`${id}-participants-hint`} className="byo-hint">
        {t('field.participantsHint')}
      </p>
      <div className="byo-details-sides">
        <fieldset className="side-cn">
          <legend>{t('side.cn')}</legend>
          {area('participantsCn')}
          {input('issuerCn', 'issuerCn')}
          {input('sourceCn', 'sourceCn', 'url')}
          {check('excerptCn')}
        </fieldset>
        <fieldset className="side-us">
          <legend>{t('side.us')}</legend>
          {area('participantsUs')}
          {input('issuerUs', 'issuerUs')}
          {input('sourceUs', 'sourceUs', 'url')}
          {check('excerptUs')}
        </fieldset>
      </div>
    </details>
  );
});
