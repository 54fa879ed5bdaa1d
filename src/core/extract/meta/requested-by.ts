/**
 * Which side asked for the call or meeting, as page extraction and `readouts:add` offer it for the reader to
 * check: the first request statement the ledger's detector finds (src/core/ledger/requested-by.ts, the one
 * detector of the app, with its traps: a third party's request, a negated, denied, quoted or claimed one,
 * 应约束 and 回应美方请求), the gazetteer's officials counting as their side. For this field an invitation
 * (应邀, "at the invitation of") is not a request, and a bare pronoun ("at his request") names no side.
 */

import { partyFinder } from '../../ledger/party-mentions';
import { findRequests } from '../../ledger/requested-by';
import { textContext } from '../../ledger/text-context';
import type { Lang, Side } from '../../model';
import { readLang } from '../../text/detect-lang';
import { normalizeText } from '../../text/normalize';
import type { Gazetteer } from '../officials';
import type { RequestedBy } from '../types';

export interface RequestedByContext {
  /** Side of the readout's issuer: with 应约 and no one named, the issuer's own principal answered. */
  readoutSide?: Side;
  gazetteer?: Gazetteer;
  /** The text's language (read from the text when not given). */
  lang?: Lang;
}

function langOf(text: string, given?: Lang): Lang {
  return given ?? readLang(text).lang ?? 'en';
}

/** The side the first party named in `text` belongs to, or undefined (a third party, a pronoun). */
export function sideOfEntity(text: string, gazetteer?: Gazetteer): Side | undefined {
  const norm = normalizeText(text).text;
  return partyFinder(norm, langOf(norm), gazetteer)(norm)[0]?.party;
}

export function findRequestedBy(text: string, context: RequestedByContext = {}): RequestedBy | undefined {
  const ctx = textContext(text, langOf(text, context.lang));
  const [first] = findRequests(ctx, {
    invitations: false,
    ...(context.gazetteer ? { gazetteer: context.gazetteer } : {}),
    ...(context.readoutSide ? { readoutSide: context.readoutSide } : {}),
  });
  if (!first) return undefined;
  const { start, end } = first.cue;
  return {
    side: first.party,
    guessed: true,
    phrase: text.slice(start, end),
    evidence: { in: 'body', start, end },
  };
}
