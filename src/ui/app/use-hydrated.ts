import { startTransition, useEffect, useState } from 'react';
import { EARLY_ROUTE_ATTRIBUTE } from './early-ui-lang';

/**
 * Whether the list about to render is the prerendered one being hydrated: in the build (no document), and in
 * the browser when the page was loaded on the list's address (the early script says so on <html>, and
 * main.tsx then hydrates the markup the build wrote), until that list has hydrated. Known on the first call.
 */
let hydrating: boolean | null = null;

function firstRenderHydrates(): boolean {
  hydrating ??=
    typeof document === 'undefined' ||
    document.documentElement.getAttribute(EARLY_ROUTE_ATTRIBUTE) === 'list';
  return hydrating;
}

/**
 * False while React renders the prerendered list (in the build, and when the browser hydrates that markup),
 * true in every later render. What the browser alone knows (a choice kept in storage) waits for true, so the
 * hydrated tree is the prerendered one. The switch comes as a transition, in slices: a store whose browser
 * snapshot differs from the server's would have React render again at once, synchronously, in one long task.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => !firstRenderHydrates());
  useEffect(() => {
    if (hydrated) return;
    hydrating = false;
    startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
