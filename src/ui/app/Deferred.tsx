import { type ReactNode, useDeferredValue } from 'react';

/**
 * Renders `children` only in a background render after the first commit of where it stands, so whatever that
 * commit holds (a meeting's rows) reaches the screen first. The background render yields to the browser, so
 * the page answers input and paints meanwhile. Meant for what comes after that content: what is shown above
 * it would push it down when it appears.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const shown = useDeferredValue(true, false);
  return shown ? children : null;
}
