import { useCallback, useEffect, useRef } from 'react';
import { focusPassage, type Passage } from './dom-passages';

/** How long to wait for a text the reader was asked to show (its comparison, then its rows, render first). */
const WAIT_MS = 5000;

/**
 * Goes to a passage as soon as its text is on the page: after "go to passage" switched the reader to the text
 * a note was written on, the rows of that text render a moment later (and a long text's in steps).
 */
export function usePassageFocus(): (passage: Passage) => void {
  const frame = useRef(0);
  const stop = useCallback(() => window.cancelAnimationFrame(frame.current), []);
  useEffect(() => stop, [stop]);
  return useCallback(
    (passage: Passage) => {
      stop();
      const until = Date.now() + WAIT_MS;
      const attempt = () => {
        if (focusPassage(passage) || Date.now() > until) return;
        frame.current = window.requestAnimationFrame(attempt);
      };
      frame.current = window.requestAnimationFrame(attempt);
    },
    [stop],
  );
}
