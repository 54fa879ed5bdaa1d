import type { PartyFinder } from './party-mentions';
import { singleParty } from './party-mentions';
import type { FoundRequest, RequestScan } from './requested-by-zh';

/*
 * Who asked for the call in an English text: "at the request / invitation of X", "at X's request", "was
 * requested by X", "X requested the call". X may be "the latter" / "the former" (the last / first party named
 * before it in the sentence). An X from neither side ("at the request of Ukraine") says nothing.
 */

// "U.S." is one word; any other word may not run into a full stop inside it (the "U" of "U.S.").
const NAME = "(?:U\\.S\\.|[A-Za-z][\\w'-]*(?!\\.\\w))";
const PHRASE = `(${NAME}(?:\\s+${NAME}){0,9}?)`;
const STOP =
  '(?=\\s*(?:[,.;:!?\\n"]|$)|\\s+(?:to|and|for|in|on|at|from|that|which|who|with|during|when|after|before|where)\\b)';
const OF_FORM = new RegExp(
  `\\b(?:at|upon|on)\\s+the\\s+(request|invitation|behest)\\s+of\\s+${PHRASE}${STOP}`,
  'gi',
);
const BY_FORM = new RegExp(`\\b(?:was|were|had\\s+been)\\s+requested\\s+by\\s+${PHRASE}${STOP}`, 'gi');
const POSSESSIVE = new RegExp(
  `\\b(?:at|upon|on)\\s+(${NAME}(?:\\s+${NAME}){0,5}?)'s?\\s+(request|invitation|behest)\\b`,
  'gi',
);
const SUBJECT_FORM =
  /\brequested\s+(?:the|a|this|today's)\s+(?:(?:phone|telephone|video)\s+)?(?:call|meeting|conversation|talks)\b/gi;

/** Offsets of the sentence start for `pos` (the caller's segmentation). */
export type SentenceStart = (pos: number) => number;

export function findRequestsEn(
  text: string,
  parties: PartyFinder,
  sentenceStart: SentenceStart,
  scan: RequestScan,
): FoundRequest[] {
  const out: FoundRequest[] = [];
  const partyOf = (who: string, at: number) => {
    const before = text.slice(sentenceStart(at), at);
    if (/^(?:the\s+)?latter$/i.test(who)) {
      const last = parties(before).at(-1);
      // Someone named after the last official we know ("… with Foreign Minister Kuleba at the latter's …").
      return last && !/\b[A-Z][a-z]/.test(before.slice(last.end)) ? last.party : null;
    }
    if (/^(?:the\s+)?former$/i.test(who)) return parties(before)[0]?.party ?? null;
    return singleParty(parties(who));
  };
  const found = (re: RegExp, who: (m: RegExpMatchArray) => string, kind: (m: RegExpMatchArray) => string) => {
    for (const m of text.matchAll(re)) {
      if (!scan.invitations && /^invitation$/i.test(kind(m))) continue;
      const party = partyOf(who(m), m.index);
      const end = m.index + m[0].length;
      if (party) out.push({ party, start: m.index, end, cue: { start: m.index, end } });
    }
  };
  found(
    OF_FORM,
    (m) => m[2] ?? '',
    (m) => m[1] ?? '',
  );
  found(
    BY_FORM,
    (m) => m[1] ?? '',
    () => 'request',
  );
  found(
    POSSESSIVE,
    (m) => m[1] ?? '',
    (m) => m[2] ?? '',
  );
  for (const m of text.matchAll(SUBJECT_FORM)) {
    const from = sentenceStart(m.index);
    const subject = text.slice(from, m.index);
    const party = singleParty(parties(subject));
    const start = from + subject.search(/\S/);
    const end = m.index + m[0].length;
    if (party) out.push({ party, start, end, cue: { start, end } });
  }
  return out.sort((x, y) => x.start - y.start);
}
