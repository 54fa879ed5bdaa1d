import { useTranslation } from 'react-i18next';
import { formatDateRange, pick } from '../../core/view/format';
import type { MeetingEntry } from '../../core/view/meeting-index';
import { meetingHref } from '../../core/view/route';
import { SIDES } from '../../core/view/text-choice';
import { useUiLang } from '../app/use-ui-lang';
import { SidesPresent } from './SidesPresent';

function MeetingCard({ entry }: { entry: MeetingEntry }) {
  const { t } = useTranslation();
  const { meeting } = entry;
  const lang = useUiLang();
  const headingId = `meeting-${meeting.id}`;
  return (
    <li className="meeting-card">
      <article aria-labelledby={headingId}>
        <p className="meeting-meta">
          <time dateTime={meeting.date}>{formatDateRange(meeting.date, meeting.endDate, lang)}</time>
          <span>{t(`format.${meeting.format}`)}</span>
          {meeting.place ? <span>{pick(meeting.place, lang)}</span> : null}
          <span className={`badge badge-${meeting.origin}`}>{t(`origin.${meeting.origin}`)}</span>
        </p>
        <h3 id={headingId}>
          <a href={meetingHref(meeting.id)}>{pick(meeting.title, lang)}</a>
        </h3>
        <ul className="participants" aria-label={t('list.participants')}>
          {SIDES.flatMap((side) =>
            meeting.participants
              .filter((p) => p.side === side)
              .map((p) => (
                <li key={`${side}-${p.name.en}`} className={`participant side-${side}`}>
                  <span className="side-tag" title={t(`side.${side}`)}>
                    {t(`side.abbr.${side}`)}
                  </span>
                  <span className="participant-name">{pick(p.name, lang)}</span>
                  <span className="participant-title">{pick(p.title, lang)}</span>
                </li>
              )),
          )}
        </ul>
        <SidesPresent entry={entry} />
      </article>
    </li>
  );
}

/** The meetings as cards: date, title (link to the reader), participants, which sides' texts exist. */
export function MeetingList({ entries }: { entries: readonly MeetingEntry[] }) {
  return (
    <ul className="meeting-list">
      {entries.map((entry) => (
        <MeetingCard key={entry.meeting.id} entry={entry} />
      ))}
    </ul>
  );
}
