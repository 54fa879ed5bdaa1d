import { Fragment, memo, useMemo } from 'react';
import type { AnalyzedSentence } from '../../core/compare/types';
import {
  type Decoration,
  renderSegments,
  type Segment,
  sentenceDecorations,
} from '../../core/view/render-segments';
import { PhraseTip } from '../ledger/PhraseTip';
import { usePhraseLayer } from '../ledger/use-phrase-layer';

function leafClass(
  segment: Segment,
  oneSided: ReadonlySet<string>,
  selected: string | null,
): string | undefined {
  const classes: string[] = [];
  if (segment.topicIds.length > 0) {
    classes.push('topic');
    if (segment.topicIds.some((id) => oneSided.has(id))) classes.push('topic-one-sided');
    if (selected !== null && segment.topicIds.includes(selected)) classes.push('topic-selected');
  }
  if (segment.marker && segment.marker.level !== 'neutral') classes.push(`w-${segment.marker.level}`);
  if (segment.cue) classes.push('cue');
  if (segment.noteIds.length > 0) classes.push('note-mark');
  if (segment.diff) classes.push(`diff-${segment.diff}`);
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/**
 * One leaf of readout text: a single element holding a single text node (the raw slice), with the readout id
 * and the slice's offset, as the notes DOM contract requires.
 */
function Leaf({
  readoutId,
  segment,
  className,
}: {
  readoutId: string;
  segment: Segment;
  className: string | undefined;
}) {
  const props = {
    'data-readout-id': readoutId,
    'data-offset': segment.start,
    'data-topics': segment.topicIds.length > 0 ? segment.topicIds.join(' ') : undefined,
    'data-note-id': segment.noteIds[0],
    'data-phrases': segment.phrases.length > 0 ? segment.phrases.join(' ') : undefined,
    className,
  };
  if (segment.diff === 'delete') return <del {...props}>{segment.text}</del>;
  if (segment.diff === 'insert') return <ins {...props}>{segment.text}</ins>;
  if (segment.topicIds.length > 0 || segment.phrases.length > 0)
    return <mark {...props}>{segment.text}</mark>;
  return <span {...props}>{segment.text}</span>;
}

/** Raw text between two consecutive sentences (spaces, line breaks), kept so selections map exactly. */
export function GapText({
  readoutId,
  text,
  start,
  end,
}: {
  readoutId: string;
  text: string;
  start: number;
  end: number;
}) {
  if (end <= start) return null;
  return (
    <span data-readout-id={readoutId} data-offset={start} className="gap">
      {text.slice(start, end)}
    </span>
  );
}

interface Props {
  readoutId: string;
  /** The side of the comparison the sentence belongs to (0 = Chinese side, 1 = US side). */
  side: 0 | 1;
  text: string;
  sentence: AnalyzedSentence;
  /** Note marks of the whole text (those outside the sentence are ignored). */
  notes: readonly Decoration[];
  /** Diff marks of the sentence's row. */
  diff: readonly Decoration[];
  oneSided: ReadonlySet<string>;
  selectedTopic: string | null;
  /** The sentence mentions the selected topic (or one of its sub-topics). */
  hit: boolean;
  tabbable: boolean;
}

/** A sentence: leaf segments for topics, strength words, the speaker cue, notes and diff marks. */
export const SentenceText = memo(function SentenceText(props: Props) {
  const { readoutId, side, text, sentence, notes, diff, oneSided, selectedTopic, hit, tabbable } = props;
  // The ledger's set phrases (marks with a toggletip each) and the sentence a ledger link asked for.
  const phrases = usePhraseLayer(side, readoutId, sentence.index);
  const segments = useMemo(
    () =>
      renderSegments(text, sentence, [
        ...sentenceDecorations(sentence),
        ...notes,
        ...diff,
        ...phrases.decorations,
      ]),
    [text, sentence, notes, diff, phrases.decorations],
  );
  const tips = phrases.tipsAfter(segments);
  const classes = ['sentence', `speaker-${sentence.speaker}`];
  if (sentence.strength !== 'neutral') classes.push(`strength-${sentence.strength}`);
  if (hit) classes.push('is-topic-hit');
  if (phrases.targeted) classes.push('is-ledger-target');
  return (
    <span
      className={classes.join(' ')}
      data-sentence={sentence.index}
      data-side={side}
      tabIndex={tabbable ? 0 : -1}
    >
      {segments.map((segment, i) => (
        <Fragment key={segment.start}>
          <Leaf
            readoutId={readoutId}
            segment={segment}
            className={
              [leafClass(segment, oneSided, selectedTopic), ...phrases.classesOf(segment)]
                .filter(Boolean)
                .join(' ') || undefined
            }
          />
          {tips.get(i)?.map((info) => (
            <PhraseTip key={info.markId} info={info} tabbable={tabbable} />
          ))}
        </Fragment>
      ))}
    </span>
  );
});
