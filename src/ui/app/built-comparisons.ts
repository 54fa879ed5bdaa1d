import type { Comparison } from '../../core/compare/types';
import type { Meeting } from '../../core/model';
import { type LinkTexts, parseRoute } from '../../core/view/route';
import { builtComparisonKey, type CorpusMeeting, importCorpusMeeting, isCorpusMeeting } from './corpus';

/*
 * A corpus meeting as its page needs it: the meeting with its texts, and its comparisons as the build computed
 * them (every pair of its texts), so opening a corpus meeting runs no engine in the browser and loads no other
 * meeting's texts. One small chunk per meeting, loaded when the meeting's link is pointed at or its page opens;
 * one load per meeting and page (a failed load may be retried).
 */

const loaded = new Map<string, CorpusMeeting>();
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();

/** Whether the build compared this meeting's texts (a corpus meeting; never one of the reader's own). */
export function hasBuiltComparisons(meetingId: string): boolean {
  return isCorpusMeeting(meetingId);
}

// The reader's own meetings: those whose page may open now (their comparison is at hand, failed, or not worth
// waiting for), and those being compared for their page.
const ownReady = new Set<string>();
const ownLoading = new Map<string, Promise<void>>();

/** The texts the address names, when it is this meeting's page. */
function addressTexts(meetingId: string): LinkTexts | undefined {
  const route = parseRoute(typeof window === 'undefined' ? '' : window.location.hash);
  return route.name === 'meeting' && route.id === meetingId ? route.texts : undefined;
}

/** Compares one of the reader's own meetings in the worker (that code loads only then); never rejects. */
function loadOwnComparison(meetingId: string, texts: LinkTexts | undefined): Promise<void> {
  let pending = ownLoading.get(meetingId);
  if (!pending) {
    pending = import('./own-comparisons')
      .then((m) => m.prefetchOwnComparison(meetingId, texts))
      .then(
        () => undefined,
        () => undefined, // The page compares again and reports the error.
      )
      .then(() => {
        ownReady.add(meetingId);
        ownLoading.delete(meetingId);
      });
    ownLoading.set(meetingId, pending);
  }
  return pending;
}

/**
 * Loads a corpus meeting's chunk; for one of the reader's own, compares it (its page then opens whole, or at
 * once for a large pair). Resolves once that is done.
 */
export function loadBuiltComparisons(meetingId: string): Promise<void> {
  if (!isCorpusMeeting(meetingId)) return loadOwnComparison(meetingId, addressTexts(meetingId));
  if (loaded.has(meetingId)) return Promise.resolve();
  let pending = loading.get(meetingId);
  if (!pending) {
    pending = importCorpusMeeting(meetingId).then(
      (m) => {
        loaded.set(meetingId, m);
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
 * Whether a meeting page can open without waiting: a corpus meeting's chunk is loaded, or its load failed (the
 * page then gets the meeting from every text, and the engine compares); one of the reader's own has been
 * compared (see loadBuiltComparisons).
 */
export function builtComparisonsSettled(meetingId: string): boolean {
  if (!isCorpusMeeting(meetingId)) return ownReady.has(meetingId);
  return loaded.has(meetingId) || failed.has(meetingId);
}

/** A corpus meeting with its texts once its chunk has loaded, else null. */
export function loadedCorpusMeeting(meetingId: string): Meeting | null {
  return loaded.get(meetingId)?.meeting ?? null;
}

/**
 * The build's comparison of two of a meeting's texts: `undefined` while the meeting's chunk has not loaded,
 * null when the build has none for this pair (the engine compares it then).
 */
export function builtComparison(
  meetingId: string,
  cnId: string | null,
  usId: string | null,
): Comparison | null | undefined {
  if (!isCorpusMeeting(meetingId)) return null;
  const found = loaded.get(meetingId);
  if (!found) return undefined;
  return found.comparisons[builtComparisonKey(cnId, usId)] ?? null;
}

/**
 * Starts getting the comparison of the meeting a link (`#/meeting/<id>…`) opens: a corpus meeting's from the
 * build; one of the reader's own, compared in the worker (that code loads only then). Errors wait for the page.
 */
export function prefetchComparisonsOf(href: string | null): void {
  const route = parseRoute(href ?? '');
  if (route.name !== 'meeting') return;
  if (isCorpusMeeting(route.id)) loadBuiltComparisons(route.id).catch(() => undefined);
  else void loadOwnComparison(route.id, route.texts);
}
