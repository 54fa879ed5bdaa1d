import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../../core/view/route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/**
 * What React renders the prerendered markup with: the build has no address (the list, `#/`, is what it
 * prerenders); the browser, hydrating that markup, its real one, so the snapshot it compares right after
 * hydrating is the same and the shell is not rendered a second time.
 */
const getServerHash = () => (typeof window === 'undefined' ? '' : window.location.hash);

/** The current hash route; follows links, reloads and back/forward through `hashchange`. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, getServerHash);
  return parseRoute(hash);
}
