import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../core/model';
import { formatDateRange, pick } from '../../core/view/format';
import { SIDES } from '../../core/view/text-choice';
import { useUiLang } from '../app/use-ui-lang';

/** Title in the UI language (the other language under it), date, format, place and both delegations. */
export function MeetingHeader({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="meeting-header">
      <p className="back-link">
        <a href="#/">{t('nav.backToList')}</a>
      </p>
      <h1 id="meeting-title">{pick(meeting.title, lang)}</h1>
      <p className="title-alt" lang={other === 'zh' ? 'zh-CN' : 'en'}>
        {meeting.title[other]}
      </p>
      <p className="meeting-meta">
        <time dateTime={meeting.date}>{formatDateRange(meeting.date, meeting.endDate, lang)}</time>
        <span>{t(`format.${meeting.format}`)}</span>
        {meeting.place ? <span>{pick(meeting.place, lang)}</span> : null}
        {meeting.origin === 'user' ? <span className="badge badge-user">{t('origin.user')}</span> : null}
      </p>
      <dl className="delegations">
        {SIDES.map((side) => (
          <div key={side} className={`delegation side-${side}`}>
            <dt>{t(`side.${side}`)}</dt>
            {meeting.participants.some((p) => p.side === side) ? null : <dd>{t('participantsUnknown')}</dd>}
            {meeting.participants
              .filter((p) => p.side === side)
              .map((p) => (
                <dd key={p.name.en}>
                  <span className="participant-name">{pick(p.name, lang)}</span>{' '}
                  <span className="participant-title">{pick(p.title, lang)}</span>
                </dd>
              ))}
          </div>
        ))}
      </dl>
    </header>
  );
}
