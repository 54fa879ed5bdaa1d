/*
 * Performance marks for `npm run bench:reader`: when a route starts (the hash changes) and when a meeting's
 * rows are on screen. Marks cost next to nothing and show in the browser's performance panel too. A page load
 * has no route-start mark: it starts at navigation (time 0).
 */

export const ROUTE_START = 'route:start';
export const ROWS_RENDERED = 'meeting:rows-rendered';
/** The app's first commit in the browser: the prerendered list hydrated, or a page rendered on the client. */
export const APP_STARTED = 'app:started';
/** React gave up on the prerendered markup somewhere and rendered it again (a hydration mismatch). */
export const HYDRATION_ERROR = 'app:hydration-error';

function mark(name: string, detail?: unknown): void {
  try {
    performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    // Environments without the User Timing API (older test DOMs) simply get no marks.
  }
}

let installed = false;

/** Marks every hash change, before the router re-renders (capture phase, registered first). */
export function installRouteMarks(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('hashchange', () => mark(ROUTE_START, window.location.hash), { capture: true });
}

/** What the rows mark carries, for the benchmark to tell meetings apart. */
export interface RowsRenderedDetail {
  meetingId: string;
  rows: number;
}

/** A meeting's reading view has committed its rows (called from an effect, i.e. after the DOM update). */
export function markRowsRendered(meetingId: string, rows: number): void {
  mark(ROWS_RENDERED, { meetingId, rows } satisfies RowsRenderedDetail);
}

/** The app's first commit (see APP_STARTED). */
export function markAppStarted(): void {
  mark(APP_STARTED);
}

/** A hydration mismatch or another error React recovered from (see main.tsx). */
export function markHydrationError(message: string): void {
  mark(HYDRATION_ERROR, { message });
}
