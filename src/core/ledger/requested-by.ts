import type { SideAnalysis } from '../compare/types';
import type { Lang, Side } from '../model';
import { partyFinder } from './party-mentions';
import { findRequestsEn } from './requested-by-en';
import { type FoundRequest, findRequestsZh } from './requested-by-zh';
import { insideQuotes, originalSpan, sentenceAround, type TextContext, windowStart } from './text-context';

/*
 * Who asked for the call or meeting (应约 / "at the request of"), where either text says so. Traps: a request
 * of a third party ("at the request of Ukraine") is no answer; a negated one ("not at the request of", 并非应…)
 * or one quoted or reported as a claim (所谓, 声称, "claimed") is not the readout's own statement. When the two
 * texts disagree the answer is null, with both statements kept.
 */

export interface RequestMention {
  /** The comparison side whose text says it (0 = a, 1 = b). */
  side: 0 | 1;
  /** The country that asked. */
  party: Side;
  /** The words that say so: offsets into that side's text. */
  start: number;
  end: number;
}

export interface RequestFact {
  /** The side that asked, as a comparison side (`a` / `b`); null when not stated, disputed or neither side's. */
  requestedBy: 'a' | 'b' | null;
  requestedEvidence: { side: 0 | 1; start: number; end: number } | null;
  /** The country that asked, even when it is neither compared side (two versions of one side's readout). */
  requestedParty: Side | null;
  /** Every statement found, in both texts. */
  mentions: RequestMention[];
  /** The texts name different askers. */
  conflict: boolean;
}

const NEGATED: Record<Lang, RegExp> = {
  zh: /并非|不是|并不是|没有|并未|而非/,
  en: /\b(?:not|never)\b|n't\b|\brather than\b/i,
};
const CLAIMED: Record<Lang, RegExp> = {
  zh: /所谓|声称|宣称|谎称|号称|妄称/,
  en: /\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|edly)|so[\s-]called|purported(?:ly)?|contrary to)\b/i,
};

function isOwnStatement(ctx: TextContext, found: FoundRequest): boolean {
  const text = ctx.norm.text;
  const near = text.slice(windowStart(ctx, found.start, ctx.lang === 'zh' ? 6 : 25, true), found.start);
  const sentence = text.slice(windowStart(ctx, found.start, 60, false), found.start);
  return (
    !NEGATED[ctx.lang].test(near) &&
    !CLAIMED[ctx.lang].test(sentence) &&
    !insideQuotes(ctx, found.start, found.end)
  );
}

/** The request statements of one text (offsets into the text as given). */
export function findRequests(ctx: TextContext): FoundRequest[] {
  const text = ctx.norm.text;
  if (text.length === 0) return [];
  const parties = partyFinder(text, ctx.lang);
  const found =
    ctx.lang === 'zh'
      ? findRequestsZh(text, parties)
      : findRequestsEn(text, parties, (pos) => sentenceAround(ctx, pos).start);
  return found
    .filter((f) => isOwnStatement(ctx, f))
    .map((f) => ({ party: f.party, ...originalSpan(ctx, f.start, f.end) }));
}

export function requestFact(
  contexts: readonly [TextContext, TextContext],
  sides: readonly [SideAnalysis, SideAnalysis],
): RequestFact {
  const mentions: RequestMention[] = ([0, 1] as const).flatMap((side) =>
    findRequests(contexts[side]).map((f) => ({ side, party: f.party, start: f.start, end: f.end })),
  );
  const parties = new Set(mentions.map((m) => m.party));
  const first = mentions[0];
  if (parties.size !== 1 || !first) {
    return {
      requestedBy: null,
      requestedEvidence: null,
      requestedParty: null,
      mentions,
      conflict: parties.size > 1,
    };
  }
  const party = first.party;
  const a = sides[0].side === party;
  const b = sides[1].side === party;
  return {
    requestedBy: a && !b ? 'a' : b && !a ? 'b' : null,
    requestedEvidence: { side: first.side, start: first.start, end: first.end },
    requestedParty: party,
    mentions,
    conflict: false,
  };
}
