import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, TopicCoverage } from '../../core/compare/types';
import type { Side } from '../../core/model';
import { type Incomparable, incomparable, MIN_COMPARABLE_SENTENCES } from '../../core/view/comparability';
import { formatList, formatPercent } from '../../core/view/format';
import { type TopicClaim, topicClaim } from '../../core/view/topic-claims';
import { maxShare, topicRows } from '../../core/view/topic-rows';
import { useAppData } from '../app/app-data';
import { useUiLang } from '../app/use-ui-lang';
import { MirrorAxis, MirrorBar, PresenceBar } from './MirrorBar';
import { TopicEvidenceTip } from './TopicEvidenceTip';
import { useTopicLabel } from './use-claims';
import { useVerdictActions } from './verdict-context';

const SIDE_OF: readonly [Side, Side] = ['cn', 'us'];

function useTopicTexts() {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const sideName = (i: 0 | 1) => t(`common:side.${SIDE_OF[i]}`);
  const silentPossibly = (topic: TopicCoverage, i: 0 | 1) =>
    topic.status === 'possibly-both' && topic.counts[i] === 0;

  /** What one side says of a topic: its share (comparable texts), else its count, or why it is silent. */
  const side = (topic: TopicCoverage, i: 0 | 1, comparable: boolean) => {
    const absence = topic.absence[i];
    if (silentPossibly(topic, i)) return t('topics.sidePossibly', { side: sideName(i) });
    if (topic.counts[i] === 0 && absence)
      return t('topics.sideAbsent', { side: sideName(i), reason: t(`topics.absence.${absence}`) });
    if (!comparable) return t('topics.sideCount', { side: sideName(i), count: topic.counts[i] });
    return t('topics.sideShare', {
      side: sideName(i),
      share: formatPercent(topic.shares[i], lang),
      count: topic.counts[i],
    });
  };

  /** The short words beside a side's dot when counts replace shares. */
  const mark = (topic: TopicCoverage, i: 0 | 1) => {
    const absence = topic.absence[i];
    if (silentPossibly(topic, i)) return t('chart.possibly');
    if (topic.counts[i] === 0 && absence) return t(`chart.absent.${absence}`);
    return t('chart.count', { count: topic.counts[i] });
  };

  const status = (claim: TopicClaim) => {
    if (claim.status === 'both') return t('topics.status.both');
    if (claim.status === 'possibly-both') return t('topics.status.possibly');
    return t('topics.status.only', { side: sideName(claim.sure ?? 0) });
  };

  const room = (claim: TopicClaim) => {
    if (claim.room === null) return t('topics.heavier.oneSided');
    return claim.room === 'even' ? t('topics.heavier.even') : sideName(claim.room);
  };

  const wording = (claim: TopicClaim) => {
    const w = claim.wording;
    if (!w) return null;
    const words = (i: 0 | 1) =>
      t('topics.wording.side', {
        side: t(`common:side.abbr.${SIDE_OF[i]}`),
        words: formatList(w.words[i], lang),
      });
    const both = `${words(0)} · ${words(1)}`;
    if (!w.compared) return t('topics.wording.shown', { words: both });
    if (w.stronger === null) return t('topics.wording.even', { words: both });
    return t('topics.wording.stronger', { side: sideName(w.stronger), words: both });
  };

  return { side, mark, status, room, wording, t };
}

/** Why the grid shows counts, not shares. */
function NoShares({ why }: { why: Incomparable }) {
  const { t } = useTranslation(['reader', 'common']);
  if (why.reason === 'missing') return <p className="section-note">{t('topics.noShares.missing')}</p>;
  const which = why.sides.length === 2 ? 'both' : SIDE_OF[why.sides[0] ?? 0];
  return (
    <p className="section-note">
      {t(`topics.noShares.${why.reason}.${which}`, { count: MIN_COMPARABLE_SENTENCES })}
    </p>
  );
}

interface Props {
  comparison: Comparison;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/**
 * Every topic either side mentions: its status with the evidence beside it, mirrored shares where the texts are
 * comparable (sentence counts and presence otherwise), who gives it more room and how each side words it; rows
 * select the topic.
 */
export function TopicGrid({ comparison, selected, onSelect }: Props) {
  const { lexicon } = useAppData();
  const texts = useTopicTexts();
  const { t } = texts;
  const labelOf = useTopicLabel(lexicon);
  const actions = useVerdictActions();
  const rows = useMemo(() => topicRows(comparison), [comparison]);
  const why = useMemo(() => incomparable(comparison), [comparison]);
  const { comparable } = comparison;
  const scale = maxShare(comparison.topics);
  if (rows.length === 0) return <p className="empty">{t('topics.empty')}</p>;

  return (
    <div className="topic-grid-wrap">
      {why ? <NoShares why={why} /> : null}
      <table className="topic-grid">
        <caption className="sr-only">{t('topics.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('topics.topic')}</th>
            <th scope="col" className="col-chart">
              <MirrorAxis counts={!comparable} />
            </th>
            <th scope="col">{t('topics.heavierHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((topic) => {
            const label = labelOf(topic.id);
            const claim = topicClaim(topic, comparable);
            const isSelected = selected === topic.id;
            const wording = texts.wording(claim);
            const silent: 0 | 1 | null = claim.sure === null ? null : claim.sure === 0 ? 1 : 0;
            const chartLabel = `${texts.side(topic, 0, comparable)}; ${texts.side(topic, 1, comparable)}`;
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
                  <span className="topic-claim">
                    <span className={`status-badge status-${topic.status}`}>{texts.status(claim)}</span>
                    {claim.hasEvidence ? (
                      <TopicEvidenceTip
                        topic={topic}
                        label={label}
                        comparison={comparison}
                        onVerdict={actions?.setVerdict ?? null}
                      />
                    ) : null}
                    {claim.checked ? (
                      <span className="checked-note">{t('common:evidence.checked')}</span>
                    ) : null}
                  </span>
                  {silent !== null ? (
                    <span className="absence">{texts.side(topic, silent, comparable)}</span>
                  ) : null}
                </th>
                <td className="col-chart">
                  {comparable ? (
                    <MirrorBar topic={topic} scale={scale} label={chartLabel} />
                  ) : (
                    <PresenceBar
                      topic={topic}
                      marks={[texts.mark(topic, 0), texts.mark(topic, 1)]}
                      label={chartLabel}
                    />
                  )}
                </td>
                <td>
                  <span className="narrow-label">{t('topics.heavierHeading')}: </span>
                  {texts.room(claim)}
                  {wording ? <span className="wording-note">{wording}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
