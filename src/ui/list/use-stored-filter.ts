import { useEffect, useState } from 'react';
import { EMPTY_FILTER, type MeetingFilter } from '../../core/view/meeting-filter';

const KEY = 'readout-compare.list-filter';

function read(): MeetingFilter {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return EMPTY_FILTER;
    const parsed = JSON.parse(raw) as Partial<MeetingFilter>;
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

/** The list filters, kept for the browser tab so "back" from a meeting finds them as they were. */
export function useStoredFilter(): [MeetingFilter, (next: MeetingFilter) => void] {
  const [filter, setFilter] = useState(read);
  useEffect(() => {
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify(filter));
    } catch {
      // Storage can be disabled; the filter then lasts as long as the page.
    }
  }, [filter]);
  return [filter, setFilter];
}
