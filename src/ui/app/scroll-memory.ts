/*
 * Where the reader was on each page of this tab's history, so Back to the meeting list lands where they left
 * it. Each history entry gets a key in `history.state` (kept by every `replaceState` the app makes), and its
 * last scroll position is kept under that key in session storage (a reload keeps it too).
 */

const STORE_KEY = 'readout-compare.scroll';
const STATE_KEY = 'readoutScrollKey';
/** Entries kept: enough for a long reading session, small enough for session storage. */
const MAX_ENTRIES = 50;

type Positions = Record<string, number>;

function read(): Positions {
  try {
    const raw = window.sessionStorage.getItem(STORE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed !== null && typeof parsed === 'object' ? (parsed as Positions) : {};
  } catch {
    return {};
  }
}

function write(positions: Positions): void {
  try {
    const keys = Object.keys(positions);
    const kept = keys.length > MAX_ENTRIES ? keys.slice(keys.length - MAX_ENTRIES) : keys;
    window.sessionStorage.setItem(
      STORE_KEY,
      JSON.stringify(Object.fromEntries(kept.map((k) => [k, positions[k]]))),
    );
  } catch {
    // Storage can be disabled: Back then starts at the top, as before.
  }
}

/** The current history entry's key, or null while it has none (nothing is remembered for it then). */
export function currentEntryKey(): string | null {
  const state: unknown = window.history.state;
  const existing =
    state !== null && typeof state === 'object' ? (state as Record<string, unknown>)[STATE_KEY] : undefined;
  return typeof existing === 'string' ? existing : null;
}

/** The current history entry's key, given one if it has none yet (a `replaceState`: not while a page starts). */
export function entryKey(): string {
  const existing = currentEntryKey();
  if (existing) return existing;
  const state: unknown = window.history.state;
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const base = state !== null && typeof state === 'object' ? state : {};
  window.history.replaceState({ ...base, [STATE_KEY]: key }, '');
  return key;
}

export function rememberScroll(key: string, y: number): void {
  const positions = read();
  delete positions[key];
  positions[key] = Math.round(y);
  write(positions);
}

export function rememberedScroll(key: string): number | null {
  const y = read()[key];
  return typeof y === 'number' && Number.isFinite(y) ? y : null;
}
