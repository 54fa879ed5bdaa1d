import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicDefinition } from '../../core/lexicon/types';
import { topicsOnlyLexicon } from '../../core/view/comparison-skeleton';
import { formatDate, pick } from '../../core/view/format';
import { type SideMark, topicMatrix } from '../../core/view/meeting-grid';
import type { MeetingEntry } from '../../core/view/meeting-index';
import { meetingHref } from '../../core/view/route';
import { useUiLang } from '../app/use-ui-lang';
import { MatrixRow, useMarkTexts } from './MatrixRow';
import type { ListVerdict } from './use-list-corrections';

// One component per row: hydrating (or re-rendering) the grid yields to the browser between rows, and a row
// whose cells did not change is not rendered again.
const Row = memo(MatrixRow);

/**
 * Shape + colour per mark, so the grid never relies on colour alone; five shapes told apart at a glance (an
 * empty circle and a dotted one were not), each named in the legend.
 */
export const MARK_SYMBOL: Record<SideMark, string> = {
  mentioned: '●',
  possibly: '◐',
  omitted: '○',
  'not-in-excerpt': '…',
  'readout-missing': '–',
};

function Legend() {
  const { t } = useTranslation();
  const marks: SideMark[] = ['mentioned', 'possibly', 'omitted', 'not-in-excerpt', 'readout-missing'];
  return (
    <>
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
      <p className="legend-texts">{t('matrix.textsCompared')}</p>
    </>
  );
}

interface Props {
  /** Columns, oldest first. */
  entries: readonly MeetingEntry[];
  topics: readonly TopicDefinition[];
  highlight: string | null;
  /** Records the reader's answer on a candidate sentence (absent: the list offers no answers). */
  onVerdict?: ListVerdict;
  /** Asks for the readout texts when an evidence panel lacks a sentence's text. */
  onNeedTexts?: () => void;
}

/**
 * Meetings × topics: which side mentioned each topic, meeting by meeting; each one-sided or possibly-both cell
 * with its evidence beside its marks.
 */
export function TopicMatrix({ entries, topics, highlight, onVerdict, onNeedTexts }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const matrix = useMemo(
    () => topicMatrix(entries, topics, highlight ?? undefined),
    [entries, topics, highlight],
  );
  const topicById = useMemo(() => new Map(topics.map((topic) => [topic.id, topic])), [topics]);
  const lexicon = useMemo(() => topicsOnlyLexicon(topics), [topics]);
  const markText = useMarkTexts(MARK_SYMBOL);

  if (matrix.rows.length === 0) return <p className="empty">{t('matrix.empty')}</p>;
  return (
    <>
      <Legend />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll matrix-scroll" aria-label={t('matrix.scrollLabel')} tabIndex={0}>
        <table className="topic-matrix">
          <caption className="sr-only">{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.topic')}</th>
              {entries.map(({ meeting: m }) => (
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
            {matrix.rows.map((row) => (
              <Row
                key={row.topicId}
                row={row}
                topic={topicById.get(row.topicId)}
                entries={entries}
                comparisons={matrix.comparisons}
                highlighted={row.topicId === highlight}
                lexicon={lexicon}
                markText={markText}
                onVerdict={onVerdict}
                onNeedTexts={onNeedTexts}
              />
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
