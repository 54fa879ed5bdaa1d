import { useEffect, useRef } from 'react';
import { type LinkTexts, meetingHref } from '../../core/view/route';
import type { ReadingState } from './use-reading-state';

/**
 * Keeps a meeting link's `?topic=` and `&cn=…&us=…` and the reading state in step: a shared link opens on its
 * topic and texts (the reading state starts with them), a link followed later (or back and forward) applies
 * them, and selecting a topic or choosing a text puts it in the address bar, replacing the history entry
 * rather than adding one per click — so a reload shows the same texts, and the link shares them.
 */
export function useMeetingLink(
  meetingId: string,
  link: { topic: string | undefined; texts: LinkTexts | undefined },
  state: Pick<ReadingState, 'topic' | 'selectTopic' | 'chosen' | 'followLink'>,
): void {
  const { topic, selectTopic, chosen, followLink } = state;
  const selected = useRef(topic?.id ?? null);
  selected.current = topic?.id ?? null;
  const linkCn = link.texts?.cn;
  const linkUs = link.texts?.us;

  useEffect(() => {
    if ((link.topic ?? null) !== selected.current) selectTopic(link.topic ?? null);
  }, [link.topic, selectTopic]);

  useEffect(() => {
    followLink(linkCn === undefined && linkUs === undefined ? undefined : { cn: linkCn, us: linkUs });
  }, [linkCn, linkUs, followLink]);

  const cn = chosen?.cn ?? null;
  const us = chosen?.us ?? null;
  useEffect(() => {
    const href = meetingHref(meetingId, topic?.id, { cn: cn ?? undefined, us: us ?? undefined });
    if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
  }, [meetingId, topic, cn, us]);
}
