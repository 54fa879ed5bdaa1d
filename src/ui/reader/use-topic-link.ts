import { useEffect, useRef } from 'react';
import { meetingHref } from '../../core/view/route';
import type { TopicSelection } from './use-reading-state';

/**
 * Keeps a meeting link's `?topic=` and the selected topic in step: a shared link opens on its topic (the
 * reading state starts with it), a link followed later selects its topic, and selecting a topic puts it in
 * the address bar, replacing the history entry rather than adding one per click.
 */
export function useTopicLink(
  meetingId: string,
  routeTopic: string | undefined,
  topic: TopicSelection | null,
  selectTopic: (id: string | null) => void,
): void {
  const selected = useRef(topic?.id ?? null);
  selected.current = topic?.id ?? null;

  useEffect(() => {
    if ((routeTopic ?? null) !== selected.current) selectTopic(routeTopic ?? null);
  }, [routeTopic, selectTopic]);

  useEffect(() => {
    const href = meetingHref(meetingId, topic?.id);
    if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
  }, [meetingId, topic]);
}
