import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyzedSentence, Comparison } from '../../core/compare/types';
import { sentencesWithTopic } from '../../core/view/topic-rows';
import { MissingNote } from './MissingNote';
import { SentenceInfo } from './SentenceInfo';
import { SentenceRun } from './SentenceRun';
import { scrollBehavior } from './scroll';
import { NO_DECORATIONS, NO_HITS, type SideView } from './side-view';
import type { TopicSelection } from './use-reading-state';
import { useSentenceKeys } from './use-sentence-keys';

function paragraphsOf(sentences: readonly AnalyzedSentence[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let paragraph: number | null = null;
  for (const s of sentences) {
    if (paragraph !== null && s.paragraph !== paragraph) {
      out.push(current);
      current = [];
    }
    paragraph = s.paragraph;
    current.push(s.index);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function Pane(props: {
  meetingId: string;
  view: SideView;
  oneSided: ReadonlySet<string>;
  topic: TopicSelection | null;
  hits: ReadonlySet<number>;
  tabbable: boolean;
}) {
  const { t } = useTranslation(['reader', 'common']);
  const { meetingId, view, oneSided, topic, hits, tabbable } = props;
  const ref = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => paragraphsOf(view.analysis.sentences), [view.analysis.sentences]);

  // Each pane scrolls on its own to its first sentence on the selected topic.
  useEffect(() => {
    const pane = ref.current;
    if (!topic || !pane) return;
    const first = [...pane.querySelectorAll<HTMLElement>('[data-sentence]')].find((el) =>
      hits.has(Number(el.dataset.sentence)),
    );
    if (first) pane.scrollTo?.({ top: Math.max(0, first.offsetTop - 12), behavior: scrollBehavior() });
  }, [topic, hits]);

  const first = view.analysis.sentences[0]?.index ?? null;
  return (
    <section className={`pane side-${view.side}`} aria-label={t(`side.${view.side}Readout`)}>
      <h3 className="pane-title">{t(`side.${view.side}Readout`)}</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the pane scrolls on its own and must be reachable by keyboard */}
      <div className="pane-scroll" ref={ref} tabIndex={0} lang={view.analysis.lang === 'zh' ? 'zh-CN' : 'en'}>
        {view.readout ? (
          paragraphs.map((indexes) => (
            <p key={indexes[0]}>
              <SentenceRun
                view={view}
                indexes={indexes}
                diff={NO_DECORATIONS}
                oneSided={oneSided}
                selectedTopic={topic?.id ?? null}
                hits={hits}
                tabbable={tabbable ? first : null}
              />
            </p>
          ))
        ) : (
          <MissingNote meetingId={meetingId} side={view.side} />
        )}
      </div>
    </section>
  );
}

/** Each side's full text in its own scrolling pane, paragraphs kept; a topic selection scrolls both panes. */
export function ParallelView({
  meetingId,
  comparison,
  sides,
  oneSided,
  topic,
}: {
  meetingId: string;
  comparison: Comparison;
  sides: [SideView, SideView];
  oneSided: ReadonlySet<string>;
  topic: TopicSelection | null;
}) {
  const { info, selected, bar, handlers } = useSentenceKeys((at) => sides[at.side].tipOf(at.index));
  const hits = useMemo(
    () => (topic ? sentencesWithTopic(comparison, topic.id) : ([NO_HITS, NO_HITS] as const)),
    [comparison, topic],
  );
  return (
    <>
      <SentenceInfo info={info} selected={selected} comparison={comparison} bar={bar} />
      <div className="parallel" {...handlers}>
        {([0, 1] as const).map((i) => (
          <Pane
            key={i}
            meetingId={meetingId}
            view={sides[i]}
            oneSided={oneSided}
            topic={topic}
            hits={hits[i]}
            tabbable
          />
        ))}
      </div>
    </>
  );
}
