import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicDefinition } from '../../core/lexicon/types';
import type { Side } from '../../core/model';
import { topicsOnlyLexicon } from '../../core/view/comparison-skeleton';
import { formatDate, pick } from '../../core/view/format';
import { type MatrixCell, type SideMark, topicMatrix } from '../../core/view/meeting-grid';
import type { MeetingEntry } from '../../core/view/meeting-index';
import { meetingHref } from '../../core/view/route';
import { SIDES } from '../../core/view/text-choice';
import { useUiLang } from '../app/use-ui-lang';
import { CellEvidence } from './CellEvidence';
import type { ListVerdict } from './use-list-corrections';

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

/** "Chinese side: mentioned": what one side's mark says, in words. */
function markLabel(t: TFunction, side: Side, mark: SideMark): string {
  return t('matrix.cellLabel', { side: t(`side.${side}`), state: t(`mark.${mark}`) });
}

/** `linked`: the cell's link says it all to assistive technology, so the mark is not read twice. */
function Mark({ side, mark, linked }: { side: Side; mark: SideMark; linked: boolean }) {
  const { t } = useTranslation();
  const label = markLabel(t, side, mark);
  return (
    <span className={`mark mark-${mark} side-${side}`} title={label} aria-hidden={linked || undefined}>
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
  const marks: SideMark[] = ['mentioned', 'possibly', 'omitted', 'not-in-excerpt', 'readout-missing'];
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

/** A claim worth its evidence: one-sided, possibly both, or checked by the reader. */
const hasClaim = (cell: MatrixCell) => (cell.status !== null && cell.status !== 'both') || cell.checked;

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
            {matrix.rows.map((row) => {
              const topic = topicById.get(row.topicId);
              return (
                <tr key={row.topicId} className={row.topicId === highlight ? 'is-highlighted' : undefined}>
                  <th scope="row">{topic ? pick(topic.label, lang) : row.topicId}</th>
                  {row.cells.map((cell, i) => {
                    const entry = entries[i];
                    // A topic either side mentions links to that meeting opened on the topic.
                    const mentioned = SIDES.some((side) => cell[side] === 'mentioned') && entry !== undefined;
                    const marks = SIDES.map((side) => (
                      <Mark key={side} side={side} mark={cell[side]} linked={mentioned} />
                    ));
                    const comparison = matrix.comparisons[i];
                    const skeleton = entry?.compared;
                    const coverage = comparison?.topics.find((x) => x.id === row.topicId);
                    return (
                      <td key={matrix.meetingIds[i]} className={mentioned ? 'has-link' : undefined}>
                        {marks}
                        {cell.checked ? (
                          <span className="cell-checked" title={t('evidence.checked')}>
                            <span aria-hidden="true">✓</span>
                            <span className="sr-only">{t('evidence.checked')}</span>
                          </span>
                        ) : null}
                        {entry && comparison && skeleton && coverage && hasClaim(cell) ? (
                          <CellEvidence
                            meetingId={entry.meeting.id}
                            topic={coverage}
                            label={topic ? pick(topic.label, lang) : row.topicId}
                            comparison={comparison}
                            skeleton={skeleton}
                            lexicon={lexicon}
                            onVerdict={onVerdict}
                            onNeedTexts={onNeedTexts}
                          />
                        ) : null}
                        {mentioned ? (
                          // The whole cell is the link (laid over it); its name says where it goes and what
                          // the marks say, the marks stay as they are for sighted readers.
                          <a className="matrix-cell-link" href={meetingHref(entry.meeting.id, row.topicId)}>
                            <span className="sr-only">
                              {t('matrix.cellLink', {
                                meeting: pick(entry.meeting.title, lang),
                                topic: topic ? pick(topic.label, lang) : row.topicId,
                                marks: SIDES.map((side) => markLabel(t, side, cell[side])).join(
                                  lang === 'zh' ? '；' : '; ',
                                ),
                              })}
                            </span>
                          </a>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
