import type { SideAnalysis } from '../compare/types';
import type { Gazetteer } from '../extract/officials';
import type { Lang, Side } from '../model';
import { partyFinder } from './party-mentions';
import { findRequestsEn } from './requested-by-en';
import { type FoundRequest, findRequestsZh } from './requested-by-zh';
import { insideQuotes, originalSpan, sentenceAround, type TextContext, windowStart } from './text-context';

/*
 * Who asked for the call or meeting (应约 / "at the request of"), where either text says so: the app's one
 * detector, for the ledger's facts and for page extraction (src/core/extract/meta/requested-by.ts). Traps: a
 * request of a third party ("at the request of Ukraine") is no answer; a negated or denied one ("not at the
 * request of", 并非应…) or one quoted or reported as a claim (所谓, 声称, "claimed") is not the readout's own
 * statement; 应约束 ("should restrain"), 回应美方请求 ("responded to the US request") are no request. When the
 * two texts disagree the answer is null, with both statements kept.
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
  zh: /并非|不是|并不是|没有|并未|而非|否认/,
  en: /\b(?:not|never)\b|n't\b|\brather than\b/i,
};
const CLAIMED: Record<Lang, RegExp> = {
  zh: /所谓|声称|宣称|谎称|号称|妄称|报道称|传言/,
  en: /\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|edly)|so[\s-]called|purported(?:ly)?|contrary to|den(?:y|ies|ied|ying)|reports? that|rumou?rs?)\b/i,
};

export interface RequestOptions {
  /** Officials of the gazetteer count as their side, by any form of their name (beyond the seed list). */
  gazetteer?: Gazetteer;
  /** The issuer's side: with 应约 and no one named, its principal answered the other side's request. */
  readoutSide?: Side;
  /** Whether an invitation (应邀, 应X邀请, "at the invitation of") counts as asking; default true. */
  invitations?: boolean;
}

/** A request statement, in offsets into the text as given. */
export interface TextRequest {
  party: Side;
  start: number;
  end: number;
  /** The request words themselves (应约, 应美方要求, "at the latter's request"). */
  cue: { start: number; end: number };
}

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

/** The request statements of one text, first first (offsets into the text as given). */
export function findRequests(ctx: TextContext, options: RequestOptions = {}): TextRequest[] {
  const text = ctx.norm.text;
  if (text.length === 0) return [];
  const parties = partyFinder(text, ctx.lang, options.gazetteer);
  const scan = {
    invitations: options.invitations ?? true,
    ...(options.readoutSide ? { readoutSide: options.readoutSide } : {}),
  };
  const found =
    ctx.lang === 'zh'
      ? findRequestsZh(text, parties, scan)
      : findRequestsEn(text, parties, (pos) => sentenceAround(ctx, pos).start, scan);
  return found
    .filter((f) => isOwnStatement(ctx, f))
    .map((f) => ({
      party: f.party,
      ...originalSpan(ctx, f.start, f.end),
      cue: originalSpan(ctx, f.cue.start, f.cue.end),
    }));
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
