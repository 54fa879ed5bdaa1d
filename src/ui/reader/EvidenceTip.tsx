import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import type { ClaimEvidence } from '../../core/view/claim-evidence';
import { EvidenceBody, type OnVerdict } from './EvidenceBody';
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
    <span className={`evidence-tip${open ? ' is-open' : ''}`} {...tip.wrapper}>
      <button
        type="button"
        className="evidence-toggle"
        aria-label={t('evidence.button', { topic })}
        aria-controls={open ? id : undefined}
        {...tip.button}
      >
        <span aria-hidden="true">?</span>
      </button>
      {shown ? (
        // biome-ignore lint/a11y/useSemanticElements: a span, for the panel sits in phrasing content (a line of topics, a table header)
        <span
          id={id}
          ref={tip.panelRef}
          className="evidence-panel"
          role="group"
          aria-label={t('evidence.label', { topic })}
          style={
            tip.position
              ? { left: tip.position.left, top: tip.position.top }
              : { left: 0, top: 0, visibility: 'hidden' }
          }
        >
          <EvidenceBody evidence={shown} claim={claim} topic={topic} langs={langs} onVerdict={onVerdict} />
          <button
            type="button"
            className="evidence-close"
            aria-label={t('evidence.close')}
            onClick={() => tip.close()}
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      ) : null}
    </span>
  );
}
