import { type RefObject, useEffect, useRef } from 'react';
import type { Route } from '../../core/view/route';
import { meetingHref, routeHref } from '../../core/view/route';

/** How long to wait for a lazily loaded page to render its heading (slow networks, slow machines). */
const WAIT_MS = 10_000;

/**
 * While a lazy page loads, React keeps the previous page mounted but hidden (`display: none`), so the first h1
 * may be the old one: take only a heading that is not inside a hidden subtree.
 */
function focusHeading(root: HTMLElement): boolean {
  const heading = [...root.querySelectorAll<HTMLElement>('h1')].find(
    (h) => !h.closest('[hidden], [style*="display: none"]'),
  );
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return document.activeElement === heading;
}

/**
 * After an in-app navigation (not on first load), start at the top of the new page and move focus to its
 * heading, so screen-reader and keyboard users land on the new content instead of a link that is gone.
 * Lazy pages render their heading after their chunk loads: wait for it.
 */
export function useRouteFocus(route: Route, main: RefObject<HTMLElement | null>): void {
  // A meeting's topic is part of its link but not a new page: selecting one rewrites the address in place.
  const key = route.name === 'meeting' ? meetingHref(route.id) : routeHref(route);
  // A link to a topic scrolls to it (the reader does), not to the top.
  const toTop = !(route.name === 'meeting' && route.topic);
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    if (toTop) window.scrollTo?.(0, 0);
    const root = main.current;
    if (!root || focusHeading(root)) return;
    const observer = new MutationObserver(() => {
      // Never take focus back from something the reader has moved to while the page loaded.
      const active = document.activeElement;
      if (active && active !== document.body && active !== root) stop();
      else if (focusHeading(root)) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    return stop;
  }, [key, main, toTop]);
}
