import { userMeetingsSnapshot } from '../../browser/user-meetings';
import type { CompareInput, Comparison } from '../../core/compare/types';
import type { LinkTexts } from '../../core/view/route';
import { compareInputOf, findText, normaliseChoice, readerChoice } from '../../core/view/text-choice';
import { currentUiLang } from '../../i18n';
import { compareTexts } from './compare-texts';
import { corpusLexicon } from './corpus';

/*
 * The reader's own meetings have no comparison from the build: when the pointer or focus reaches one's link on
 * the list, or its page is about to open, the texts its page opens are compared in the worker, so the page finds
 * the comparison ready (or under way) instead of comparing itself. A prefetch holds only for the very texts it
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

/**
 * A pair up to this size (both texts) is compared in a fraction of a second: its page waits for the comparison
 * and opens whole. A larger one opens at once and says "comparing…" until the worker answers.
 */
const WAIT_CHARS = 20_000;

/**
 * Starts comparing one of the reader's own meetings in the worker: the texts its link names, else those its
 * page opens in the UI language. Returns the comparison's promise when it is worth its page waiting for (see
 * WAIT_CHARS), else null (also for a meeting not in this browser's store, or not loaded from it yet).
 */
export function prefetchOwnComparison(meetingId: string, texts?: LinkTexts): Promise<Comparison> | null {
  const meeting = userMeetingsSnapshot().meetings.find((m) => m.id === meetingId);
  if (!meeting) return null;
  const opened = readerChoice(meeting, currentUiLang());
  const choice = texts ? normaliseChoice(meeting, texts, opened) : opened;
  const key = keyOf(meetingId, choice.cn, choice.us);
  const a = compareInputOf(findText(meeting, choice.cn), 'cn');
  const b = compareInputOf(findText(meeting, choice.us), 'us');
  const wait = a.text.length + b.text.length <= WAIT_CHARS;
  const found = prefetched.get(key);
  if (found && sameText(found.a, a) && sameText(found.b, b)) return wait ? found.promise : null;
  const entry: Prefetch = { a, b, promise: compareTexts(a, b, corpusLexicon()) };
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
  return wait ? entry.promise : null;
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
