import type { SideAnalysis } from '../compare/types';
import type { Meeting, Side } from '../model';
import type { RequestMention } from './requested-by';

/*
 * Who asked for the call as the meeting's record states it (meeting.yaml, or the reader's saved choice), set
 * against what the texts say: the record is the answer, as the record's format is; the texts' own statements
 * stay its evidence, and a text naming the other asker is kept as a dispute, never dropped.
 */

export interface RecordedRequest {
  /** The country the record names. */
  party: Side;
  /** Its comparison side, when it is one of the two compared (two texts of one side: neither). */
  side: 'a' | 'b' | null;
  /** The texts' statements that name the same asker. */
  agreeing: RequestMention[];
  /** The texts' statements that name the other: the record and the texts disagree. */
  disagreeing: RequestMention[];
}

export function recordedRequest(
  meeting: Meeting | undefined,
  sides: readonly [SideAnalysis, SideAnalysis],
  mentions: readonly RequestMention[],
): RecordedRequest | null {
  const party = meeting?.requestedBy;
  if (!party) return null;
  const a = sides[0].side === party;
  const b = sides[1].side === party;
  return {
    party,
    side: a && !b ? 'a' : b && !a ? 'b' : null,
    agreeing: mentions.filter((m) => m.party === party),
    disagreeing: mentions.filter((m) => m.party !== party),
  };
}
