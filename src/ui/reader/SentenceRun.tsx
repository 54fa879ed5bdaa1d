import { Fragment } from 'react';
import type { Decoration } from '../../core/view/render-segments';
import { GapText, SentenceText } from './SentenceText';
import type { SideView } from './side-view';

interface Props {
  view: SideView;
  /** Sentence indexes, in reading order. */
  indexes: readonly number[];
  diff: readonly Decoration[];
  oneSided: ReadonlySet<string>;
  selectedTopic: string | null;
  /** Sentences of this side on the selected topic. */
  hits: ReadonlySet<number>;
  /** The sentence index that takes the tab stop of the reading view, if it is in this run. */
  tabbable: number | null;
}

/** Consecutive sentences of one side; the raw text between neighbours is rendered too. */
export function SentenceRun({ view, indexes, diff, oneSided, selectedTopic, hits, tabbable }: Props) {
  const { readout, analysis } = view;
  if (!readout) return null;
  return (
    <>
      {indexes.map((index, k) => {
        const sentence = analysis.sentences[index];
        if (!sentence) return null;
        const previous = k > 0 ? analysis.sentences[indexes[k - 1] as number] : undefined;
        const adjacent = previous !== undefined && previous.index === sentence.index - 1;
        return (
          <Fragment key={index}>
            {adjacent ? (
              <GapText readoutId={readout.id} text={readout.text} start={previous.end} end={sentence.start} />
            ) : null}
            <SentenceText
              readoutId={readout.id}
              side={view.index}
              text={readout.text}
              sentence={sentence}
              notes={view.notes}
              diff={diff}
              oneSided={oneSided}
              selectedTopic={selectedTopic}
              hit={hits.has(index)}
              tabbable={tabbable === index}
            />
          </Fragment>
        );
      })}
    </>
  );
}
