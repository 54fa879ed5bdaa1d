import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};
const onClient = () => true;
const inPrerender = () => false;

/**
 * False while React renders the prerendered page (in the build, and when the browser hydrates that markup),
 * true in every other render. What the browser alone knows (a choice kept in storage) waits for true, so the
 * hydrated tree is the prerendered one; React renders again at once after hydrating, with the browser's value.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNothing, onClient, inPrerender);
}
