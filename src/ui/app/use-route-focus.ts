import { type RefObject, useEffect, useRef } from 'react';
import type { Route } from '../../core/view/route';
import { meetingHref, opensOnTarget, routeHref } from '../../core/view/route';
import { currentEntryKey, entryKey, rememberedScroll, rememberScroll } from './scroll-memory';

/** How long to wait for a lazily loaded page to render its heading (slow networks, slow machines). */
const WAIT_MS = 10_000;
/** How long a remembered position waits for the page to grow tall enough (the list renders in one go). */
const RESTORE_MS = 3000;

/**
 * While a lazy page loads, React keeps the previous page mounted but hidden (`display: none`), so the first h1
 * may be the old one: take only a heading that is not inside a hidden subtree.
 */
function focusHeading(root: HTMLElement, cameFrom: string | null): boolean {
  const shown = (el: Element) => !el.closest('[hidden], [style*="display: none"]');
  // Back on the list from a meeting: the link the reader followed, so they go on from where they were.
  const link =
    cameFrom === null
      ? undefined
      : [...root.querySelectorAll<HTMLElement>(`a[href="${cameFrom}"]`)].find(shown);
  const heading = link ?? [...root.querySelectorAll<HTMLElement>('h1')].find(shown);
  if (!heading) return false;
  if (heading.tagName === 'H1') heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return document.activeElement === heading;
}

/** Frames the page's height must stay the same before a restored position is final (about a third of a second). */
const SETTLE_FRAMES = 20;

/**
 * Scrolls to `y` and keeps it there while the page settles (its parts render in steps, and the same page
 * gives the same position once they have); stops when the reader scrolls, taps or types first.
 */
function restoreScroll(y: number): () => void {
  const until = Date.now() + RESTORE_MS;
  let frame = 0;
  let height = -1;
  let still = 0;
  const stop = () => {
    window.cancelAnimationFrame(frame);
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
      window.removeEventListener(type, stop, true);
  };
  const attempt = () => {
    const now = document.documentElement.scrollHeight;
    still = now === height ? still + 1 : 0;
    height = now;
    const max = now - window.innerHeight;
    if (Math.round(window.scrollY) !== Math.min(y, Math.max(0, max)))
      window.scrollTo?.(0, Math.min(y, Math.max(0, max)));
    if ((max >= y && still >= SETTLE_FRAMES) || Date.now() > until) stop();
    else frame = window.requestAnimationFrame(attempt);
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
    window.addEventListener(type, stop, true);
  attempt();
  return stop;
}

/**
 * Keeps the scroll position of each history entry as the reader scrolls (see scroll-memory). The page's own
 * entry gets its key when the reader first scrolls, not while the page starts (a `replaceState` is slow).
 */
function useScrollMemory(): RefObject<string | null> {
  const entry = useRef<string | null>(null);
  useEffect(() => {
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    entry.current = currentEntryKey();
    let timer = 0;
    // The last position a scroll event reported: by the time a route change is heard, the new page may already
    // be rendered (React re-renders on the same event) and window.scrollY clamped to it.
    let lastY = window.scrollY;
    const save = () => {
      timer = 0;
      if (entry.current) rememberScroll(entry.current, lastY);
    };
    const onScroll = () => {
      lastY = window.scrollY;
      entry.current ??= entryKey();
      if (!timer) timer = window.setTimeout(save, 150);
    };
    // A new entry (a link followed) or another one (Back, Forward): the position last seen on the page left is
    // kept now; positions go to the new entry from then on. (Back fires popstate, then hashchange: the second
    // finds the entry unchanged.)
    const onEntry = () => {
      const next = entryKey();
      if (next === entry.current) return;
      window.clearTimeout(timer);
      timer = 0;
      if (entry.current) rememberScroll(entry.current, lastY);
      entry.current = next;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', onEntry);
    window.addEventListener('popstate', onEntry);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', onEntry);
      window.removeEventListener('popstate', onEntry);
      window.clearTimeout(timer);
    };
  }, []);
  return entry;
}

/**
 * After an in-app navigation (not on first load), start at the top of the new page — or, going back to a page
 * already seen (Back to the meeting list), where the reader left it — and move focus to its heading (or to
 * the meeting link the reader followed), so screen-reader and keyboard users land on the new content instead
 * of a link that is gone. Lazy pages render their heading after their chunk loads: wait for it.
 */
export function useRouteFocus(route: Route, main: RefObject<HTMLElement | null>): void {
  // A meeting's topic and texts are part of its link but not a new page: they rewrite the address in place.
  const key = route.name === 'meeting' ? meetingHref(route.id) : routeHref(route);
  // A link to a topic or a sentence scrolls to it (the reader does), not to the top.
  const toTop = !opensOnTarget(route);
  const previous = useRef(key);
  const entry = useScrollMemory();
  // A reload lands where the reader was, as browsers do by themselves (scroll restoration is manual here).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on the page's first route
  useEffect(() => {
    const key = currentEntryKey();
    const remembered = key ? rememberedScroll(key) : null;
    return remembered !== null && remembered > 0 && toTop ? restoreScroll(remembered) : undefined;
  }, []);
  useEffect(() => {
    if (previous.current === key) return;
    const cameFrom =
      route.name === 'list' && previous.current.startsWith('#/meeting/') ? previous.current : null;
    previous.current = key;
    const remembered = entry.current ? rememberedScroll(entry.current) : null;
    const stopRestore = remembered !== null && toTop ? restoreScroll(remembered) : null;
    if (!stopRestore && toTop) window.scrollTo?.(0, 0);
    const root = main.current;
    if (!root || focusHeading(root, cameFrom)) return stopRestore ?? undefined;
    const observer = new MutationObserver(() => {
      // Never take focus back from something the reader has moved to while the page loaded.
      const active = document.activeElement;
      if (active && active !== document.body && active !== root) stop();
      else if (focusHeading(root, cameFrom)) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    return () => {
      stop();
      stopRestore?.();
    };
  }, [key, main, toTop, route.name, entry]);
}
