import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, Side } from '../../core/model';
import { formatDate, pick } from '../../core/view/format';
import { type MeetingTopics, type SideMark, topicMatrix } from '../../core/view/meeting-grid';
import { meetingHref } from '../../core/view/route';
import { SIDES } from '../../core/view/text-choice';
import { useAppData } from '../app/app-data';
import { useUiLang } from '../app/use-ui-lang';

/** Shape + colour per mark, so the grid never relies on colour alone. */
export const MARK_SYMBOL: Record<SideMark, string> = {
  mentioned: '●',
  omitted: '○',
  'not-in-excerpt': '◌',
  'readout-missing': '–',
};

function Mark({ side, mark }: { side: Side; mark: SideMark }) {
  const { t } = useTranslation();
  const label = t('matrix.cellLabel', { side: t(`side.${side}`), state: t(`mark.${mark}`) });
  return (
    <span className={`mark mark-${mark} side-${side}`} title={label}>
      <span aria-hidden="true">
        {t(`side.abbr.${side}`)}
        {MARK_SYMBOL[mark]}
      </span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

function Legend() {
  const { t } = useTranslation();
  const marks: SideMark[] = ['mentioned', 'omitted', 'not-in-excerpt', 'readout-missing'];
  return (
    <ul className="legend" aria-label={t('matrix.legend')}>
      {marks.map((mark) => (
        <li key={mark}>
          <span className={`mark mark-${mark}`} aria-hidden="true">
            {MARK_SYMBOL[mark]}
          </span>{' '}
          {t(`mark.${mark}`)}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  /** Columns, oldest first. */
  meetings: readonly Meeting[];
  topics: ReadonlyMap<string, MeetingTopics>;
  highlight: string | null;
}

/** Meetings × topics: which side mentioned each topic, meeting by meeting. */
export function TopicMatrix({ meetings, topics, highlight }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const { lexicon } = useAppData();
  const matrix = useMemo(() => {
    const summaries = meetings.flatMap((m) => topics.get(m.id) ?? []);
    return topicMatrix(summaries, lexicon, highlight ?? undefined);
  }, [meetings, topics, lexicon, highlight]);

  if (matrix.rows.length === 0) return <p className="empty">{t('matrix.empty')}</p>;
  return (
    <>
      <Legend />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="matrix-scroll" aria-label={t('matrix.scrollLabel')} tabIndex={0}>
        <table className="topic-matrix">
          <caption className="sr-only">{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.topic')}</th>
              {meetings.map((m) => (
                <th scope="col" key={m.id} className="matrix-meeting">
                  <a href={meetingHref(m.id)}>
                    <time dateTime={m.date}>{formatDate(m.date, lang, 'medium')}</time>
                    <span className="matrix-title">{pick(m.title, lang)}</span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              const topic = lexicon.topicById.get(row.topicId);
              return (
                <tr key={row.topicId} className={row.topicId === highlight ? 'is-highlighted' : undefined}>
                  <th scope="row">{topic ? pick(topic.label, lang) : row.topicId}</th>
                  {row.cells.map((cell, i) => (
                    <td key={matrix.meetingIds[i]}>
                      {SIDES.map((side) => (
                        <Mark key={side} side={side} mark={cell[side]} />
                      ))}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
