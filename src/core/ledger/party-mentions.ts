import { learnNames } from '../compare/speaker';
import { SPEAKER_LEXICON } from '../compare/speaker-lexicon';
import type { Lang, Side } from '../model';

/*
 * Which country a stretch of words names: officials by name (the engine's seed list, plus those the text
 * introduces with a nationality) and nationality words (美方, "U.S.", "Chinese"). Titles alone do not count:
 * 总统, 外长, "Minister", "Secretary" are as often a third country's (乌克兰外长, "Foreign Minister Kuleba").
 */

export interface PartyMention {
  start: number;
  end: number;
  party: Side;
}

export type PartyFinder = (region: string) => PartyMention[];

/** A finder that knows the officials `text` (normalised) introduces with a nationality. */
export function partyFinder(text: string, lang: Lang): PartyFinder {
  const lex = SPEAKER_LEXICON[lang];
  const learned = learnNames(text, lang);
  const sources: [RegExp | null, Side][] = [
    [lex.cnNames, 'cn'],
    [learned.cn, 'cn'],
    [lex.cnWords, 'cn'],
    [lex.usNames, 'us'],
    [learned.us, 'us'],
    [lex.usWords, 'us'],
  ];
  return (region) => {
    const out: PartyMention[] = [];
    for (const [re, party] of sources) {
      if (!re) continue;
      for (const m of region.matchAll(re)) {
        if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length, party });
      }
    }
    return out.sort((x, y) => x.start - y.start || y.end - x.end);
  };
}

/** The one party the mentions name; null when they name none, or both. */
export function singleParty(mentions: readonly PartyMention[]): Side | null {
  const parties = new Set(mentions.map((m) => m.party));
  return parties.size === 1 ? (mentions[0]?.party ?? null) : null;
}
