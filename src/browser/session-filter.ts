/**
 * The meeting list's filters, kept in the tab's sessionStorage so "back" from a meeting finds them as they
 * were. Storage can be disabled or hold anything: reading falls back to no filter, writing to nothing.
 */
import { EMPTY_FILTER, type MeetingFilter } from '../core/view/meeting-filter';

const KEY = 'readout-compare.list-filter';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Reading `sessionStorage` itself throws where storage is blocked.
    return null;
  }
}

/** The filter stored for this tab, each field checked (a field of the wrong type reads as unset). */
export function readSessionFilter(): MeetingFilter {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return EMPTY_FILTER;
    const parsed = JSON.parse(raw) as Partial<MeetingFilter> | null;
    if (typeof parsed !== 'object' || parsed === null) return EMPTY_FILTER;
    return {
      topic: typeof parsed.topic === 'string' ? parsed.topic : null,
      participant: typeof parsed.participant === 'string' ? parsed.participant : null,
      from: typeof parsed.from === 'string' ? parsed.from : null,
      to: typeof parsed.to === 'string' ? parsed.to : null,
      query: typeof parsed.query === 'string' ? parsed.query : '',
    };
  } catch {
    return EMPTY_FILTER;
  }
}

/** Keeps `filter` for this tab; without storage the filter lasts as long as the page. */
export function writeSessionFilter(filter: MeetingFilter): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(filter));
  } catch {
    // Storage can be disabled or full.
  }
}
