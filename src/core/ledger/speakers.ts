import type { SideAnalysis, Span, Speaker } from '../compare/types';
import type { Side } from '../model';
import { countChars } from './lengths';

/*
 * Who speaks first in a readout and how much of it reports each side's words, from the engine's speaker
 * attribution (`AnalyzedSentence.speaker`): never re-guessed here, so the facts agree with the reader's marks.
 */

export interface SpeakerFact {
  /** Index of the sentence. */
  sentence: number;
  speaker: Exclude<Speaker, 'unstated'>;
  party: Side | 'both';
  /** The words that say who speaks (e.g. 王小洪表示), else the whole sentence: offsets into that side's text. */
  evidence: Span;
}

export interface SpeakerShare {
  /** Characters (without whitespace) of the sentences attributed to this speaker. */
  chars: number;
  sentences: number;
  /** `chars` over the readout's characters, three decimals; 0 for an empty readout. */
  share: number;
}

export type SpeakerShares = Record<Speaker, SpeakerShare>;

/** The first sentence with a stated speaker; with `single`, the first given to one side (not 双方 / "both"). */
export function firstSpeaker(side: SideAnalysis, single = false): SpeakerFact | null {
  for (const s of side.sentences) {
    if (s.speaker === 'unstated' || !s.speakerParty) continue;
    if (single && s.speaker === 'both') continue;
    const evidence = s.speakerCue ? { ...s.speakerCue } : { start: s.start, end: s.end };
    return { sentence: s.index, speaker: s.speaker, party: s.speakerParty, evidence };
  }
  return null;
}

export function speakerShares(side: SideAnalysis): SpeakerShares {
  const shares: SpeakerShares = {
    self: { chars: 0, sentences: 0, share: 0 },
    counterpart: { chars: 0, sentences: 0, share: 0 },
    both: { chars: 0, sentences: 0, share: 0 },
    unstated: { chars: 0, sentences: 0, share: 0 },
  };
  let total = 0;
  for (const s of side.sentences) {
    const n = countChars(s.text);
    shares[s.speaker].chars += n;
    shares[s.speaker].sentences += 1;
    total += n;
  }
  if (total > 0) {
    for (const share of Object.values(shares)) share.share = Math.round((share.chars / total) * 1000) / 1000;
  }
  return shares;
}
