import type { ReactNode } from 'react';
import type { useToggletip } from './use-toggletip';

export type Toggletip = ReturnType<typeof useToggletip>;

interface PanelProps {
  tip: Toggletip;
  id: string;
  className: string;
  /** The panel's name (it is a group). */
  label: string;
  closeLabel: string;
  children: ReactNode;
}

/** A toggletip's open panel: fixed beside its button (hidden until placed there), then its close button. */
export function TipPanel({ tip, id, className, label, closeLabel, children }: PanelProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a span, for the panel sits in phrasing content (a line, a sentence, a table header)
    <span
      id={id}
      ref={tip.panelRef}
      className={className}
      role="group"
      aria-label={label}
      style={
        tip.position
          ? { left: tip.position.left, top: tip.position.top }
          : { left: 0, top: 0, visibility: 'hidden' }
      }
    >
      {children}
      <button type="button" className="evidence-close" aria-label={closeLabel} onClick={() => tip.close()}>
        <span aria-hidden="true">×</span>
      </button>
    </span>
  );
}

interface QuestionProps {
  tip: Toggletip;
  id: string;
  /** The "?" button's name. */
  buttonLabel: string;
  /** The panel, when the tip is open (null keeps it closed). */
  panel: ReactNode;
}

/** A small "?" button that opens a toggletip panel beside it (the evidence of a claim, why a wording differs). */
export function QuestionTip({ tip, id, buttonLabel, panel }: QuestionProps) {
  return (
    <span className={`evidence-tip${tip.open ? ' is-open' : ''}`} {...tip.wrapper}>
      <button
        type="button"
        className="evidence-toggle"
        aria-label={buttonLabel}
        aria-controls={tip.open ? id : undefined}
        {...tip.button}
      >
        <span aria-hidden="true">?</span>
      </button>
      {panel}
    </span>
  );
}
