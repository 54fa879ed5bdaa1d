import { learnNames } from '../compare/speaker';
import { SPEAKER_LEXICON } from '../compare/speaker-lexicon';
import type { Gazetteer } from '../extract/officials';
import type { Lang, Side } from '../model';

/*
 * Which country a stretch of words names: officials by name (the engine's seed list, the gazetteer's officials
 * when one is given, plus those the text introduces with a nationality) and nationality words (美方, "U.S.",
 * "Chinese"). Titles alone do not count: 总统, 外长, "Minister", "Secretary" are as often a third country's
 * (乌克兰外长, "Foreign Minister Kuleba").
 */

export interface PartyMention {
  start: number;
  end: number;
  party: Side;
}

export type PartyFinder = (region: string) => PartyMention[];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The gazetteer's officials as one pattern per side and language (built once per gazetteer). */
const officialPatterns = new WeakMap<Gazetteer, Record<Lang, Record<Side, RegExp | null>>>();

function officialsOf(gazetteer: Gazetteer, lang: Lang): Record<Side, RegExp | null> {
  let patterns = officialPatterns.get(gazetteer);
  if (!patterns) {
    const build = (l: Lang, side: Side): RegExp | null => {
      const forms = gazetteer.officials.filter((o) => o.side === side).flatMap((o) => o.forms[l]);
      if (forms.length === 0) return null;
      // Longest first, so "Janet L. Yellen" wins over "Yellen".
      const body = [...new Set(forms)]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
      return l === 'en' ? new RegExp(`(?<![\\w])(?:${body})(?![\\w])`, 'g') : new RegExp(`(?:${body})`, 'g');
    };
    patterns = {
      en: { cn: build('en', 'cn'), us: build('en', 'us') },
      zh: { cn: build('zh', 'cn'), us: build('zh', 'us') },
    };
    officialPatterns.set(gazetteer, patterns);
  }
  return patterns[lang];
}

/** A finder that knows the officials `text` (normalised) introduces with a nationality, and the gazetteer's. */
export function partyFinder(text: string, lang: Lang, gazetteer?: Gazetteer): PartyFinder {
  const lex = SPEAKER_LEXICON[lang];
  const learned = learnNames(text, lang);
  const listed = gazetteer ? officialsOf(gazetteer, lang) : { cn: null, us: null };
  const sources: [RegExp | null, Side][] = [
    [lex.cnNames, 'cn'],
    [learned.cn, 'cn'],
    [listed.cn, 'cn'],
    [lex.cnWords, 'cn'],
    [lex.usNames, 'us'],
    [learned.us, 'us'],
    [listed.us, 'us'],
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
