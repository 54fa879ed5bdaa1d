import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import type { ClaimEvidence } from '../../core/view/claim-evidence';
import { EvidenceBody, type OnVerdict } from './EvidenceBody';
import { QuestionTip, TipPanel } from './TipPanel';
import { useToggletip } from './use-toggletip';

interface Props {
  /** The topic's label, for the button's name and the panel's questions. */
  topic: string;
  /** The claim in words, e.g. "Only the US side mentions “Taiwan”". */
  claim: string;
  /** Computed when the panel shows (the grids have many claims, few opened). */
  evidence: () => ClaimEvidence;
  /** Each side's text language, for the quotes' `lang`. */
  langs: readonly [Lang, Lang];
  onVerdict?: OnVerdict;
  /** Called when the panel opens (the list loads missing sentence texts then). */
  onOpen?: () => void;
}

/**
 * A claim's evidence at the claim: a small "?" button beside it opens a non-modal panel with the sentences the
 * claim rests on (see useToggletip for how it opens and closes).
 */
export function EvidenceTip({ topic, claim, evidence, langs, onVerdict, onOpen }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const tip = useToggletip();
  const { open } = tip;
  useEffect(() => {
    if (open) onOpen?.();
  }, [open, onOpen]);
  const shown = open ? evidence() : null;
  return (
    <QuestionTip
      tip={tip}
      id={id}
      buttonLabel={t('evidence.button', { topic })}
      panel={
        shown ? (
          <TipPanel
            tip={tip}
            id={id}
            className="evidence-panel"
            label={t('evidence.label', { topic })}
            closeLabel={t('evidence.close')}
          >
            <EvidenceBody evidence={shown} claim={claim} topic={topic} langs={langs} onVerdict={onVerdict} />
          </TipPanel>
        ) : null
      }
    />
  );
}
