import { useEffect } from 'react';
import { scrollBehavior } from '../reader/scroll';

/** How long a target waits for its sentence to render (a long readout's rows render in steps). */
const WAIT_MS = 8000;

/**
 * Scrolls the reading view to a target sentence and focuses it (its mark comes from SentenceText). Waits two
 * frames first, so the scroll to the top that a navigation makes, or a topic's scroll to its row, comes before
 * this one; then waits for the sentence to render when it is not there yet.
 */
export function useScrollToSentence(target: { side: 0 | 1; index: number; seq: number } | null): void {
  useEffect(() => {
    if (!target) return;
    const selector = `.reading [data-side="${target.side}"][data-sentence="${target.index}"]`;
    let frame = 0;
    let observer: MutationObserver | null = null;
    let timer = 0;
    const stop = () => {
      window.cancelAnimationFrame(frame);
      observer?.disconnect();
      window.clearTimeout(timer);
    };
    const show = (): boolean => {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el) return false;
      stop();
      el.focus({ preventScroll: true });
      el.scrollIntoView?.({ block: 'center', behavior: scrollBehavior() });
      return true;
    };
    frame = window.requestAnimationFrame(() => {
      frame = window.requestAnimationFrame(() => {
        if (show()) return;
        observer = new MutationObserver(() => show());
        observer.observe(document.body, { childList: true, subtree: true });
        timer = window.setTimeout(stop, WAIT_MS);
      });
    });
    return stop;
  }, [target]);
}
