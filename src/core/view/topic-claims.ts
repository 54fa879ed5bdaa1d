import { sureSide } from '../compare/evidence';
import type { StrengthLevel, TopicCoverage, TopicStatus } from '../compare/types';

/*
 * What the page may claim about one topic, and nothing more. Shares and "more room" are a comparison only
 * between comparable texts (both full, long enough); "stronger wording" only when both sides have wording
 * signals on the topic, and then with the words themselves. Otherwise the page shows counts and presence.
 */

interface WordingView {
  /** The signal words on each side, strongest first. */
  words: [string[], string[]];
  levels: [StrengthLevel, StrengthLevel];
  /** The side with the stronger wording; null when even, or when the texts are not comparable. */
  stronger: 0 | 1 | null;
  /** Whether the words are set against each other (comparable texts), or only shown side by side. */
  compared: boolean;
}

export interface TopicClaim {
  id: string;
  status: TopicStatus;
  /** The side sure of a topic not in both texts; null for `both`. */
  sure: 0 | 1 | null;
  counts: [number, number];
  /** Shares of each text, only when the texts are comparable. */
  shares: [number, number] | null;
  /** Who gives the topic more room (only for comparable texts and a topic both mention). */
  room: 0 | 1 | 'even' | null;
  wording: WordingView | null;
  /** The reader has given a verdict on the topic. */
  checked: boolean;
  /** A claim with evidence to show: one-sided, possibly both, or checked by the reader. */
  hasEvidence: boolean;
}

export function topicClaim(topic: TopicCoverage, comparable: boolean): TopicClaim {
  const checked = topic.checked === true;
  const both = topic.status === 'both';
  let room: TopicClaim['room'] = null;
  if (comparable && both) room = topic.heavier ?? 'even';
  const wording: WordingView | null = topic.wording
    ? {
        words: [[...topic.wording.words[0]], [...topic.wording.words[1]]],
        levels: [...topic.wording.levels],
        stronger: comparable ? topic.wording.stronger : null,
        compared: comparable,
      }
    : null;
  return {
    id: topic.id,
    status: topic.status,
    sure: sureSide(topic),
    counts: [...topic.counts],
    shares: comparable ? [...topic.shares] : null,
    room,
    wording,
    checked,
    hasEvidence: !both || checked,
  };
}
