import { compareInWorker } from '../../browser/compare-worker-client';
import { userMeetingsSnapshot } from '../../browser/user-meetings';
import type { CompareInput, Comparison } from '../../core/compare/types';
import { compareInputOf, defaultChoice, findText } from '../../core/view/text-choice';

/*
 * The reader's own meetings have no comparison from the build: when the pointer or focus reaches one's link on
 * the list, its default texts are compared in the worker, so the click finds the comparison ready (or under
 * way) instead of running the engine on the page's thread. A prefetch holds only for the very texts it
 * compared (a meeting edited since then is compared again).
 */

interface Prefetch {
  a: CompareInput;
  b: CompareInput;
  promise: Promise<Comparison>;
  result?: Comparison;
}

const prefetched = new Map<string, Prefetch>();
const MAX = 4;

const keyOf = (meetingId: string, cnId: string | null, usId: string | null) =>
  JSON.stringify([meetingId, cnId, usId]);

const sameText = (x: CompareInput, y: CompareInput) =>
  x.text === y.text && x.lang === y.lang && x.side === y.side && x.completeness === y.completeness;

/** Starts comparing one of the reader's own meetings (its default texts) in the worker. */
export function prefetchOwnComparison(meetingId: string): void {
  const meeting = userMeetingsSnapshot().meetings.find((m) => m.id === meetingId);
  if (!meeting) return;
  const choice = defaultChoice(meeting);
  const key = keyOf(meetingId, choice.cn, choice.us);
  const a = compareInputOf(findText(meeting, choice.cn), 'cn');
  const b = compareInputOf(findText(meeting, choice.us), 'us');
  const found = prefetched.get(key);
  if (found && sameText(found.a, a) && sameText(found.b, b)) return;
  const entry: Prefetch = { a, b, promise: compareInWorker(a, b) };
  entry.promise.then(
    (result) => {
      entry.result = result;
    },
    () => {
      if (prefetched.get(key) === entry) prefetched.delete(key);
    },
  );
  prefetched.delete(key);
  prefetched.set(key, entry);
  while (prefetched.size > MAX) prefetched.delete(prefetched.keys().next().value as string);
}

/**
 * A prefetched comparison of these texts of one of the reader's own meetings: the result, the promise while
 * the worker is at it, or null when none was prefetched (or for other texts).
 */
export function ownComparison(
  meetingId: string,
  ids: readonly [string | null, string | null],
  a: CompareInput,
  b: CompareInput,
): Comparison | Promise<Comparison> | null {
  const entry = prefetched.get(keyOf(meetingId, ids[0], ids[1]));
  if (!entry || !sameText(entry.a, a) || !sameText(entry.b, b)) return null;
  return entry.result ?? entry.promise;
}
