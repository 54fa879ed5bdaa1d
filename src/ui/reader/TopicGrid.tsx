import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, TopicCoverage } from '../../core/compare/types';
import type { Side } from '../../core/model';
import { formatPercent, pick } from '../../core/view/format';
import { maxShare, topicRows } from '../../core/view/topic-rows';
import { useAppData } from '../app/app-data';
import { useUiLang } from '../app/use-ui-lang';
import { MirrorAxis, MirrorBar } from './MirrorBar';

const SIDE_OF: readonly Side[] = ['cn', 'us'];

function useTopicTexts() {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const sideName = (i: 0 | 1) => t(`common:side.${SIDE_OF[i] as Side}`);

  /** "Chinese side: 21% of the text, 2 sentences" or "US side: not in the quoted excerpt". */
  const share = (topic: TopicCoverage, i: 0 | 1) => {
    const absence = topic.absence[i];
    if (topic.counts[i] === 0 && absence)
      return t('topics.sideAbsent', { side: sideName(i), reason: t(`topics.absence.${absence}`) });
    return t('topics.sideShare', {
      side: sideName(i),
      share: formatPercent(topic.shares[i], lang),
      count: topic.counts[i],
    });
  };

  const status = (topic: TopicCoverage) => {
    if (topic.status === 'both') return t('topics.status.both');
    const present: 0 | 1 = topic.status === 'only-a' ? 0 : 1;
    return t('topics.status.only', { side: sideName(present) });
  };

  const heavier = (topic: TopicCoverage) => {
    if (topic.status !== 'both') return t('topics.heavier.oneSided');
    return topic.heavier === null ? t('topics.heavier.even') : sideName(topic.heavier);
  };

  const strong = (topic: TopicCoverage) =>
    ([0, 1] as const).filter((i) => topic.strength[i] === 'strong').map((i) => sideName(i));

  return { share, status, heavier, strong, t };
}

interface Props {
  comparison: Comparison;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** Every topic either side mentions: mirrored shares, status, who stresses it more; rows select the topic. */
export function TopicGrid({ comparison, selected, onSelect }: Props) {
  const lang = useUiLang();
  const { lexicon } = useAppData();
  const texts = useTopicTexts();
  const { t } = texts;
  const rows = useMemo(() => topicRows(comparison), [comparison]);
  const scale = maxShare(comparison.topics);
  if (rows.length === 0) return <p className="empty">{t('topics.empty')}</p>;

  return (
    <div className="topic-grid-wrap">
      <table className="topic-grid">
        <caption className="sr-only">{t('topics.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('topics.topic')}</th>
            <th scope="col" className="col-chart">
              <MirrorAxis />
            </th>
            <th scope="col">{t('topics.heavierHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((topic) => {
            const definition = lexicon.topicById.get(topic.id);
            const label = definition ? pick(definition.label, lang) : topic.id;
            const isSelected = selected === topic.id;
            const strong = texts.strong(topic);
            return (
              <tr
                key={topic.id}
                className={`topic-row status-${topic.status}${isSelected ? ' is-selected' : ''}`}
                data-topic={topic.id}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="topic-button"
                    aria-pressed={isSelected}
                    onClick={() => onSelect(isSelected ? null : topic.id)}
                  >
                    {label}
                  </button>
                  <span className={`status-badge status-${topic.status}`}>{texts.status(topic)}</span>
                  {topic.status !== 'both' ? (
                    <span className="absence">{texts.share(topic, topic.status === 'only-a' ? 1 : 0)}</span>
                  ) : null}
                </th>
                <td className="col-chart">
                  <MirrorBar
                    topic={topic}
                    scale={scale}
                    label={`${texts.share(topic, 0)}; ${texts.share(topic, 1)}`}
                  />
                </td>
                <td>
                  <span className="narrow-label">{t('topics.heavierHeading')}: </span>
                  {texts.heavier(topic)}
                  {strong.length > 0 ? (
                    <span className="strong-note">{t('topics.strongBy', { sides: strong.join(' · ') })}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
