import { useCallback, useEffect, useState } from 'react';
import type { Meeting } from '../../core/model';
import { afterNextPaint } from '../hooks/after-next-paint';
import { consumePanelFocus, elementPassages, rangeToPassages, SENTENCE } from './dom-passages';
import { type ResolvedPassage, resolvePassages } from './note-draft';

/** The passages of the live DOM selection, or null when it covers no readout text. */
function readSelection(meeting: Meeting): ResolvedPassage[] | null {
  const selection = typeof document === 'undefined' ? null : document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const passages = resolvePassages(meeting, rangeToPassages(selection.getRangeAt(0)));
  return passages.length > 0 ? passages : null;
}

/**
 * The last readout passage the reader selected (mouse, touch or keyboard selection, or the sentence the
 * keyboard focus is on). It is kept when the selection collapses, because tapping the panel's button on a
 * touch screen clears the selection before the click arrives.
 */
export function useReadoutSelection(meeting: Meeting): {
  pending: ResolvedPassage[] | null;
  clear: () => void;
} {
  const [pending, setPending] = useState<ResolvedPassage[] | null>(null);

  useEffect(() => {
    const onSelection = () => {
      const found = readSelection(meeting);
      if (found) setPending(found);
    };
    // Keyboard reading: a sentence the reader moved to with the arrow keys is a passage too.
    const onFocused = (el: Element) => {
      if (!el.matches(SENTENCE) || consumePanelFocus(el)) return;
      if (!document.getSelection()?.isCollapsed) return;
      const found = resolvePassages(meeting, elementPassages(el));
      if (found.length === 1) setPending(found);
    };
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Element) onFocused(event.target);
    };
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('focusin', onFocus);
    // What the reader selected, or the sentence the keyboard is on, before the panel was there: read after the
    // next paint, as reading the selection in the middle of a commit forces a layout of the whole page.
    const cancel = afterNextPaint(() => {
      onSelection();
      if (document.activeElement) onFocused(document.activeElement);
    });
    return () => {
      cancel();
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('focusin', onFocus);
    };
  }, [meeting]);

  const clear = useCallback(() => setPending(null), []);
  return { pending, clear };
}
