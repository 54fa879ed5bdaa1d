import { useCallback } from 'react';
import type { Comparison, TopicCoverage } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import { claimEvidence } from '../../core/view/claim-evidence';
import type { ComparisonSkeleton } from '../../core/view/comparison-skeleton';
import { EvidenceTip } from '../reader/EvidenceTip';
import { useClaimText } from '../reader/use-claims';
import type { ListVerdict } from './use-list-corrections';

interface Props {
  meetingId: string;
  topic: TopicCoverage;
  label: string;
  /** The meeting's comparison as the list rebuilt it from the skeleton (statuses, evidence). */
  comparison: Comparison;
  /** The skeleton, whose sentences carry the texts the index ships. */
  skeleton: ComparisonSkeleton;
  lexicon: CompiledLexicon;
  onVerdict?: ListVerdict;
  onNeedTexts?: () => void;
}

/** One grid cell's claim with its evidence, quoted from the sentences the index carries. */
export function CellEvidence(props: Props) {
  const { meetingId, topic, label, comparison, skeleton, lexicon, onVerdict, onNeedTexts } = props;
  const claimText = useClaimText();
  const evidence = useCallback(
    () => claimEvidence(topic, skeleton.sides, lexicon),
    [topic, skeleton, lexicon],
  );
  const onOpen = useCallback(() => {
    const shown = evidence();
    const missing = shown.sides.some((s) => s.kind !== 'none' && s.quotes.some((q) => q.parts === null));
    if (missing) onNeedTexts?.();
  }, [evidence, onNeedTexts]);
  return (
    <EvidenceTip
      topic={label}
      claim={claimText(topic, label, comparison)}
      evidence={evidence}
      langs={[skeleton.sides[0].lang, skeleton.sides[1].lang]}
      onVerdict={
        onVerdict
          ? (side, sentence, verdict) => onVerdict(meetingId, side, sentence, topic.id, verdict)
          : undefined
      }
      onOpen={onOpen}
    />
  );
}
