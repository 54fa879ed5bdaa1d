import type { Comparison, TopicCoverage } from '../../core/compare/types';
import { useAppData } from '../app/app-data';
import { EvidenceTip } from './EvidenceTip';
import { evidenceOf, useClaimText } from './use-claims';
import type { VerdictActions } from './verdict-context';

interface Props {
  topic: TopicCoverage;
  /** The topic's label in the UI language. */
  label: string;
  comparison: Comparison;
  /** Records the reader's verdict on one of the claim's sentences; null where the reader cannot correct. */
  onVerdict: VerdictActions['setVerdict'] | null;
}

/** A topic's claim on the meeting page, with its evidence from the comparison shown. */
export function TopicEvidenceTip({ topic, label, comparison, onVerdict }: Props) {
  const { lexicon } = useAppData();
  const claimText = useClaimText();
  return (
    <EvidenceTip
      topic={label}
      claim={claimText(topic, label, comparison)}
      evidence={evidenceOf(topic, comparison, lexicon)}
      langs={[comparison.sides[0].lang, comparison.sides[1].lang]}
      onVerdict={
        onVerdict ? (side, sentence, verdict) => onVerdict(side, sentence, topic.id, verdict) : undefined
      }
    />
  );
}
