import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/compare/types';
import type { MeetingFormat, ReadoutText } from '../../core/model';
import { formatTerms } from '../../core/view/format';
import { useAppData } from '../app/app-data';
import { markRowsRendered } from '../app/perf-marks';
import { useUiLang } from '../app/use-ui-lang';
import { useLedgerState } from '../ledger/ledger-context';
import type { NoteMark } from '../notes/notes-integration';
import { AlignedView } from './AlignedView';
import { Atmospherics } from './Atmospherics';
import { Fold } from './Fold';
import { HighlightLegend } from './HighlightLegend';
import { ParallelView } from './ParallelView';
import { buildSideViews, oneSidedTopics } from './side-view';
import { TopicGrid } from './TopicGrid';
import type { ReadingState } from './use-reading-state';

interface Props {
  meetingId: string;
  /** Names the meeting in sentences ("how each side describes the call"). */
  format: MeetingFormat;
  comparison: Comparison;
  texts: readonly [ReadoutText | null, ReadoutText | null];
  /** How each text shown is labelled ("English · project's translation"). */
  labels: readonly [string | null, string | null];
  state: ReadingState;
  marks: readonly NoteMark[];
  /** A phone: the legend and the overview fold, so the rows come first. */
  narrow: boolean;
}

/**
 * The reading view of one comparison and its overview (topics, atmospherics): the rows first; on a wide screen
 * the overview stands beside them, on a phone it folds below them.
 */
export function ComparisonView(props: Props) {
  const { meetingId, format, comparison, texts, labels, state, marks, narrow } = props;
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const { lexicon } = useAppData();
  const sides = useMemo(
    () => buildSideViews(comparison, texts, marks, t, lexicon, lang),
    [comparison, texts, marks, t, lexicon, lang],
  );
  const oneSided = useMemo(() => oneSidedTopics(comparison), [comparison]);
  const ledgerStatus = useLedgerState()?.status ?? 'none';
  const selected = state.topic?.id ?? null;
  // For the reader-open benchmark: this comparison's rows are now in the DOM.
  useEffect(() => {
    markRowsRendered(meetingId, comparison.alignment.length);
  }, [meetingId, comparison]);

  const noun = t(`common:${formatTerms(format).noun}`);

  return (
    <div className="comparison">
      <section
        className="reading"
        aria-labelledby="reading-heading"
        // The set phrases' marks join the lines once the ledger is ready: tests (and tools) wait for this.
        data-ledger={ledgerStatus}
      >
        <h2 id="reading-heading">
          {state.view === 'aligned' ? t('reading.heading') : t('reading.headingParallel')}
        </h2>
        <Fold folded={narrow} summary={t('fold.legend')} className="legend-fold">
          <HighlightLegend diff={state.diff} />
        </Fold>
        {state.view === 'aligned' ? (
          <AlignedView
            comparison={comparison}
            sides={sides}
            oneSided={oneSided}
            topic={state.topic}
            showDiff={state.diff}
            labels={labels}
          />
        ) : (
          <ParallelView
            meetingId={meetingId}
            comparison={comparison}
            sides={sides}
            oneSided={oneSided}
            topic={state.topic}
          />
        )}
        {/* Where the notes panel puts the adder and the note form it opens at a selection: after the rows,
            so the keyboard reaches the adder from the sentence it belongs to. */}
        <div className="note-adder-slot" data-note-adder-slot="" />
      </section>
      <Fold folded={narrow} summary={t('fold.topics', { noun })} className="overview-fold">
        <section className="overview" aria-labelledby="topics-heading">
          <h2 id="topics-heading">{t('topics.heading')}</h2>
          <p className="section-intro">{t('topics.intro')}</p>
          <TopicGrid comparison={comparison} selected={selected} onSelect={state.selectTopic} />
          <h3>{t('atmospherics.heading', { noun })}</h3>
          <Atmospherics comparison={comparison} noun={noun} />
        </section>
      </Fold>
    </div>
  );
}
