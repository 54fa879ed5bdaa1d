import { builtComparisonKey, comparisonLoaders } from 'virtual:readouts-comparisons';
import type { Comparison } from '../../core/compare/types';
import { parseRoute } from '../../core/view/route';

/*
 * The corpus meetings' comparisons as the build computed them (every pair of each meeting's texts), so opening
 * a corpus meeting runs no engine on the page's main thread. One small chunk per meeting, loaded when the
 * meeting's link is pointed at or its page opens; one load per meeting and page (a failed load may be retried).
 */

type Pairs = Readonly<Record<string, Comparison>>;

const loaded = new Map<string, Pairs>();
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();

/** Whether the build compared this meeting's texts (a corpus meeting; never one of the reader's own). */
export function hasBuiltComparisons(meetingId: string): boolean {
  return Object.hasOwn(comparisonLoaders, meetingId);
}

/** Loads a corpus meeting's comparisons (nothing for other ids); resolves once they are at hand. */
export function loadBuiltComparisons(meetingId: string): Promise<void> {
  const load = hasBuiltComparisons(meetingId) ? comparisonLoaders[meetingId] : undefined;
  if (!load || loaded.has(meetingId)) return Promise.resolve();
  let pending = loading.get(meetingId);
  if (!pending) {
    pending = load().then(
      (m) => {
        loaded.set(meetingId, m.comparisons);
        failed.delete(meetingId);
      },
      (error: unknown) => {
        loading.delete(meetingId);
        failed.add(meetingId);
        throw error;
      },
    );
    loading.set(meetingId, pending);
  }
  return pending;
}

/**
 * Whether a meeting page can open without waiting for its comparisons: they are loaded, their load failed (the
 * engine compares then), or the meeting has none from the build (the reader's own).
 */
export function builtComparisonsSettled(meetingId: string): boolean {
  return !hasBuiltComparisons(meetingId) || loaded.has(meetingId) || failed.has(meetingId);
}

/**
 * The build's comparison of two of a meeting's texts: `undefined` while the meeting's comparisons have not
 * loaded, null when the build has none for this pair (the engine compares it then).
 */
export function builtComparison(
  meetingId: string,
  cnId: string | null,
  usId: string | null,
): Comparison | null | undefined {
  if (!hasBuiltComparisons(meetingId)) return null;
  const pairs = loaded.get(meetingId);
  if (!pairs) return undefined;
  return pairs[builtComparisonKey(cnId, usId)] ?? null;
}

/**
 * Starts getting the comparison of the meeting a link (`#/meeting/<id>…`) opens: a corpus meeting's from the
 * build; one of the reader's own, compared in the worker (that code loads only then). Errors wait for the page.
 */
export function prefetchComparisonsOf(href: string | null): void {
  const route = parseRoute(href ?? '');
  if (route.name !== 'meeting') return;
  if (hasBuiltComparisons(route.id)) loadBuiltComparisons(route.id).catch(() => undefined);
  else import('./own-comparisons').then((m) => m.prefetchOwnComparison(route.id)).catch(() => undefined);
}
