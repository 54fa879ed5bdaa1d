import { useEffect, useState } from 'react';
import { readSessionFilter, writeSessionFilter } from '../../browser/session-filter';
import type { MeetingFilter } from '../../core/view/meeting-filter';

/** The list filters, kept for the browser tab so "back" from a meeting finds them as they were. */
export function useStoredFilter(): [MeetingFilter, (next: MeetingFilter) => void] {
  const [filter, setFilter] = useState(readSessionFilter);
  useEffect(() => writeSessionFilter(filter), [filter]);
  return [filter, setFilter];
}
