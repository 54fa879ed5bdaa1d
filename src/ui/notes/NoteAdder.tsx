import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ADDER_GAP, type Spot } from '../../core/view/adder-spot';
import type { ResolvedPassage } from './note-draft';
import type { AdderTarget } from './use-note-adder';

/** The form's width beside a passage (28rem). */
const SHEET_WIDTH = 448;

// Keeps the page's text selection alive while the adder is pressed with a mouse.
const keepSelection = (e: { preventDefault: () => void }) => e.preventDefault();

/** The small button at a selection (or at the sentence the keyboard is on) that starts a note on it. */
export function AdderButton({
  target,
  onAdd,
}: {
  target: AdderTarget;
  onAdd: (passages: ResolvedPassage[], target: AdderTarget) => void;
}) {
  const { t } = useTranslation('notes');
  const { spot, passages } = target;
  return createPortal(
    <div className={`note-adder is-${spot.placement}`} style={{ top: spot.top, left: spot.left }}>
      <button
        type="button"
        className="note-adder-button"
        onMouseDown={keepSelection}
        onClick={() => onAdd(passages, target)}
      >
        <span aria-hidden="true">✎ </span>
        {passages.length > 1 ? t('adder.addLinked') : t('adder.add')}
      </button>
    </div>,
    target.container,
  );
}

/**
 * The note form opened from the adder: beside the passage on a wide screen, a sheet along the bottom of a
 * phone's screen. Escape cancels.
 */
export function NoteSheet({
  spot,
  container,
  narrow,
  onEscape,
  children,
}: {
  spot: Spot;
  container: HTMLElement;
  narrow: boolean;
  onEscape: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('notes');
  const root = useRef<HTMLDivElement>(null);
  // The whole form in view, the passage too where there is room, and the reader types at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: placed once, when the form opens
  useEffect(() => {
    const sheet = root.current;
    if (!sheet) return;
    if (narrow) {
      // A sheet along the bottom: the passage (just above the spot) goes above it.
      const passageBottom = container.getBoundingClientRect().top + spot.top - ADDER_GAP;
      const room = window.innerHeight - sheet.offsetHeight - ADDER_GAP;
      if (spot.placement === 'below' && passageBottom > room) window.scrollBy?.(0, passageBottom - room);
    } else sheet.scrollIntoView?.({ block: 'nearest' });
    sheet.querySelector<HTMLTextAreaElement>('textarea')?.focus({ preventScroll: true });
  }, []);
  // Under the adder it replaces, as far left as keeps it inside the reading column.
  const width = Math.min(SHEET_WIDTH, container.clientWidth || SHEET_WIDTH);
  const left = Math.max(0, Math.min(spot.left - 24, (container.clientWidth || width) - width));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onEscape();
  };
  return createPortal(
    <div
      ref={root}
      className={`note-sheet${narrow ? ' is-sheet' : ''}`}
      style={narrow ? undefined : { top: spot.top, left, width }}
      role="dialog"
      aria-label={t('adder.label')}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>,
    container,
  );
}
