import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/compare/types';
import type { ReadoutText } from '../../core/model';
import { useAppData } from '../app/app-data';
import { markRowsRendered } from '../app/perf-marks';
import { useUiLang } from '../app/use-ui-lang';
import type { NoteMark } from '../notes/notes-integration';
import { AlignedView } from './AlignedView';
import { Atmospherics } from './Atmospherics';
import { HighlightLegend } from './HighlightLegend';
import { warmUpEnglish } from './load-meeting-page';
import { ParallelView } from './ParallelView';
import { buildSideViews, oneSidedTopics } from './side-view';
import { TopicGrid } from './TopicGrid';
import type { ReadingState } from './use-reading-state';

interface Props {
  meetingId: string;
  comparison: Comparison;
  texts: readonly [ReadoutText | null, ReadoutText | null];
  state: ReadingState;
  marks: readonly NoteMark[];
}

/** The overview (topics, atmospherics) and the reading view of one comparison. */
export function ComparisonView({ meetingId, comparison, texts, state, marks }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const { lexicon } = useAppData();
  const sides = useMemo(
    () => buildSideViews(comparison, texts, marks, t, lexicon, lang),
    [comparison, texts, marks, t, lexicon, lang],
  );
  const oneSided = useMemo(() => oneSidedTopics(comparison), [comparison]);
  const selected = state.topic?.id ?? null;
  // For the reader-open benchmark: this comparison's rows are now in the DOM. Then, on idle, the engine gets
  // ready for English texts too (see load-meeting-page).
  useEffect(() => {
    markRowsRendered(meetingId, comparison.alignment.length);
    warmUpEnglish();
  }, [meetingId, comparison]);

  return (
    <div className="comparison">
      <section className="overview" aria-labelledby="topics-heading">
        <h2 id="topics-heading">{t('topics.heading')}</h2>
        <p className="section-intro">{t('topics.intro')}</p>
        <TopicGrid comparison={comparison} selected={selected} onSelect={state.selectTopic} />
        <h3>{t('atmospherics.heading')}</h3>
        <Atmospherics comparison={comparison} />
      </section>
      <section className="reading" aria-labelledby="reading-heading">
        <h2 id="reading-heading">
          {state.view === 'aligned' ? t('reading.heading') : t('reading.headingParallel')}
        </h2>
        <HighlightLegend diff={state.diff} />
        {state.view === 'aligned' ? (
          <AlignedView
            comparison={comparison}
            sides={sides}
            oneSided={oneSided}
            topic={state.topic}
            showDiff={state.diff}
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
      </section>
    </div>
  );
}
