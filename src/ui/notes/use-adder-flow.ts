import { useCallback, useState } from 'react';
import type { Meeting } from '../../core/model';
import type { Spot } from '../../core/view/adder-spot';
import { focusPassage, type Passage } from './dom-passages';
import { type ResolvedPassage, toTargets } from './note-draft';
import type { AdderTarget } from './use-note-adder';
import { useNoteAdder } from './use-note-adder';
import type { Editing } from './use-notes-actions';

/** Where the form opened from the adder stands, and the passage to give focus back to. */
export interface AdderPlace {
  spot: Spot;
  container: HTMLElement;
  passage: Passage;
}

interface Deps {
  meeting: Meeting;
  editing: Editing | null;
  startNew: (targets: ReturnType<typeof toTargets>, place: Editing['place']) => void;
  /** Forgets the panel's pending selection (the tray), which the adder has just used. */
  clearSelection: () => void;
}

/**
 * Annotating at the selection: the adder, the form it opens beside the passage, and the way back to the text
 * (focus on the passage's sentence, where the reader was, the selection gone).
 */
export function useAdderFlow({ meeting, editing, startNew, clearSelection }: Deps) {
  const [place, setPlace] = useState<AdderPlace | null>(null);
  const beside = editing?.place === 'adder' && place !== null;
  // While a form stands beside a passage, a new selection gets no adder (it would replace the draft).
  const adder = useNoteAdder(meeting, !beside);

  const addAt = useCallback(
    (passages: ResolvedPassage[], target: AdderTarget) => {
      const [first] = passages;
      if (!first) return;
      startNew(toTargets(passages), 'adder');
      setPlace({ spot: target.spot, container: target.container, passage: first });
      adder.release();
      clearSelection();
    },
    [startNew, adder.release, clearSelection],
  );

  const backToText = useCallback(() => {
    const at = place;
    setPlace(null);
    document.getSelection()?.removeAllRanges();
    if (at) focusPassage(at.passage, document, { scroll: false });
  }, [place]);

  return { adder: adder.target, beside, place: beside ? place : null, addAt, backToText };
}
