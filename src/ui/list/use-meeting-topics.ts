import { useMemo } from 'react';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import { type MeetingTopics, meetingTopics } from '../../core/view/meeting-grid';

// Tagging every meeting's texts is the list page's only real work: keep it across visits to the list.
const cache = new WeakMap<CompiledLexicon, WeakMap<Meeting, MeetingTopics>>();

function topicsOf(meeting: Meeting, lexicon: CompiledLexicon): MeetingTopics {
  let byMeeting = cache.get(lexicon);
  if (!byMeeting) {
    byMeeting = new WeakMap();
    cache.set(lexicon, byMeeting);
  }
  let found = byMeeting.get(meeting);
  if (!found) {
    found = meetingTopics(meeting, lexicon);
    byMeeting.set(meeting, found);
  }
  return found;
}

/** Which topics each side of each meeting mentions, by meeting id. */
export function useMeetingTopics(
  meetings: readonly Meeting[],
  lexicon: CompiledLexicon,
): Map<string, MeetingTopics> {
  return useMemo(() => new Map(meetings.map((m) => [m.id, topicsOf(m, lexicon)])), [meetings, lexicon]);
}
