import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { sureSide } from '../../core/compare/evidence';
import type { Comparison, TopicCoverage } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Side } from '../../core/model';
import { claimEvidence } from '../../core/view/claim-evidence';
import { pick } from '../../core/view/format';
import { useUiLang } from '../app/use-ui-lang';

const SIDES: readonly [Side, Side] = ['cn', 'us'];

/** A topic's claim in words, as the first line of its evidence panel. */
export function useClaimText(): (topic: TopicCoverage, label: string, comparison: Comparison) => string {
  const { t } = useTranslation();
  return useCallback(
    (topic, label, comparison) => {
      const sure = sureSide(topic);
      if (sure === null) return t('evidence.claim.both', { topic: label });
      const side = t(`side.${SIDES[sure]}`);
      if (topic.status === 'possibly-both') return t('evidence.claim.possibly', { side, topic: label });
      const silent = comparison.sides[sure === 0 ? 1 : 0];
      return silent.completeness === 'missing'
        ? t('evidence.claim.alone', { side, topic: label })
        : t('evidence.claim.only', { side, topic: label });
    },
    [t],
  );
}

/** The label of a topic in the UI language (its id when the lexicon does not know it). */
export function useTopicLabel(lexicon: CompiledLexicon): (id: string) => string {
  const lang = useUiLang();
  return useCallback(
    (id) => {
      const topic = lexicon.topicById.get(id);
      return topic ? pick(topic.label, lang) : id;
    },
    [lexicon, lang],
  );
}

/** The evidence of a topic's claim in a comparison (for EvidenceTip's `evidence`). */
export function evidenceOf(topic: TopicCoverage, comparison: Comparison, lexicon: CompiledLexicon) {
  return () => claimEvidence(topic, comparison.sides, lexicon);
}
