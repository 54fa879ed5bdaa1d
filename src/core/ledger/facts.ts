import type { Comparison } from '../compare/types';
import type { Meeting } from '../model';
import { type ChannelFact, channelFacts, type FormatFact, formatFact } from './format-channel';
import { type LengthRatio, lengthRatio, type SideLength, sideLength } from './lengths';
import { type RequestMention, requestFact } from './requested-by';
import { type RecordedRequest, recordedRequest } from './requested-by-record';
import { firstSpeaker, type SpeakerFact, type SpeakerShares, speakerShares } from './speakers';
import type { TextContext } from './text-context';

/*
 * The event facts of one meeting, as analysts write them by hand: length and ratio, who asked for the call,
 * who speaks first, how much of each readout reports each side's words, format and channel. Each fact read from
 * a text carries its evidence (offsets into that side's text); what no text says is null ("not stated").
 */

export interface EventFacts {
  lengths: [SideLength, SideLength];
  ratio: LengthRatio;
  /** The comparison side that asked for the call or meeting; null when not stated (or disputed). */
  requestedBy: 'a' | 'b' | null;
  requestedEvidence: { side: 0 | 1; start: number; end: number } | null;
  requestedParty: RequestMention['party'] | null;
  /** Every "at the request of" found, in both texts (more than one, or a dispute, shows here). */
  requestMentions: RequestMention[];
  requestConflict: boolean;
  /**
   * Who asked as the meeting's record states it (null when it does not). The fields above stay the texts'
   * reading, so a consumer can show both; the panel gives the record first, as it does for the format.
   */
  requestRecord: RecordedRequest | null;
  /** The first sentence of each readout with a stated speaker (双方 / "both" included). */
  firstSpeaker: [SpeakerFact | null, SpeakerFact | null];
  /** The first sentence of each readout given to one side. */
  firstSingleSpeaker: [SpeakerFact | null, SpeakerFact | null];
  /** How much of each readout reports its own side, the other side, both, or no one stated. */
  speakerShares: [SpeakerShares, SpeakerShares];
  format: FormatFact;
  channels: [ChannelFact | null, ChannelFact | null];
}

export interface FactsInput {
  comparison: Comparison;
  texts: readonly [string, string];
  contexts: readonly [TextContext, TextContext];
  meeting?: Meeting;
  readoutIds?: readonly [string | null, string | null];
}

export function eventFacts(input: FactsInput): EventFacts {
  const { comparison, texts, contexts } = input;
  const [a, b] = comparison.sides;
  const lengths: [SideLength, SideLength] = [sideLength(texts[0], a), sideLength(texts[1], b)];
  const request = requestFact(contexts, comparison.sides);
  return {
    lengths,
    ratio: lengthRatio(lengths, a.lang === b.lang, comparison.comparable),
    requestedBy: request.requestedBy,
    requestedEvidence: request.requestedEvidence,
    requestedParty: request.requestedParty,
    requestMentions: request.mentions,
    requestConflict: request.conflict,
    requestRecord: recordedRequest(input.meeting, comparison.sides, request.mentions),
    firstSpeaker: [firstSpeaker(a), firstSpeaker(b)],
    firstSingleSpeaker: [firstSpeaker(a, true), firstSpeaker(b, true)],
    speakerShares: [speakerShares(a), speakerShares(b)],
    format: formatFact(contexts, input.meeting),
    channels: channelFacts(comparison.sides, input.meeting, input.readoutIds),
  };
}
