/**
 * Which side asked for the call or meeting, where the text says so: 应约 (the subject of the sentence
 * answered the other side's request), 应美方要求 / 应中方请求, "at the request of the Chinese side",
 * "at Washington's request", "at the latter's request", "requested by …". Also serves the ledger's `facts.requestedBy` (issue 12).
 *
 * Traps left out: a request attributed to a third party ("convened at the request of Malta"), a negated one
 * (并非应美方要求, "not at the request of"), a quoted or reported claim (所谓“应约”, 'reports that the call was
 * "at the request of the United States"'), an invitation (应邀 is not a request), and a bare pronoun
 * ("at his request") that names no side.
 */
import type { Side } from '../../model';
import type { Gazetteer } from '../officials';
import type { RequestedBy } from '../types';
import { findForm } from './lead';

export interface RequestedByContext {
  /** Side of the readout's issuer: with 应约 and no subject named, the issuer's own principal answered. */
  readoutSide?: Side;
  gazetteer?: Gazetteer;
}

const OTHER: Record<Side, Side> = { cn: 'us', us: 'cn' };

const SIDE_WORDS: { side: Side; re: RegExp }[] = [
  { side: 'us', re: /美方|美国|\b(?:United States|U\.S\.?|USA?|America|American|Washington)(?![\p{L}])/u },
  {
    side: 'cn',
    re: /中方|中国|中华人民共和国|\b(?:China|Chinese|PRC|People's Republic of China|Beijing)(?![\p{L}])/u,
  },
];

/** The side the first entity named in `text` belongs to, or undefined (a third party, a pronoun). */
export function sideOfEntity(text: string, gazetteer?: Gazetteer): Side | undefined {
  let best: { at: number; side: Side } | undefined;
  for (const { side, re } of SIDE_WORDS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, side };
  }
  for (const official of gazetteer?.officials ?? []) {
    for (const form of [...official.forms.en, ...official.forms.zh]) {
      const hit = findForm(text, form)[0];
      if (hit && (!best || hit.start < best.at)) best = { at: hit.start, side: official.side };
    }
  }
  return best?.side;
}

/** The side of the last entity named in `text` (the subject just before 应约). */
function lastEntitySide(text: string, gazetteer?: Gazetteer): Side | undefined {
  let best: { at: number; side: Side } | undefined;
  const consider = (at: number, side: Side) => {
    if (!best || at > best.at) best = { at, side };
  };
  for (const { side, re } of SIDE_WORDS) {
    const global = new RegExp(re.source, 'gu');
    for (let m = global.exec(text); m; m = global.exec(text)) consider(m.index, side);
  }
  for (const official of gazetteer?.officials ?? []) {
    for (const form of [...official.forms.en, ...official.forms.zh]) {
      for (const hit of findForm(text, form)) consider(hit.start, official.side);
    }
  }
  return best?.side;
}

function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.search(/[.!?;][^.!?;]*$/));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

const NEGATED_ZH = /(?:并非|不是|并不是|没有|未曾|未|非|否认)\s*$/;
const NEGATED_EN = /\b(?:not|never|rather than|instead of|nor|den(?:y|ies|ied))\b[^.;]{0,40}$/i;
const CLAIMED_ZH = /(?:所谓|声称|宣称|谎称|报道称|传言)[^。；]{0,20}$/;
const CLAIMED_EN =
  /\b(?:so-called|claim(?:s|ed)?|alleg(?:e|es|ed)|reports?(?:ed)? that|rumou?rs?)\b[^.;]{0,60}$/i;

/** Inside quotation marks opened earlier in the same paragraph. */
function insideQuotes(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(start, at);
  const count = (re: RegExp) => before.match(re)?.length ?? 0;
  if (count(/“/g) > count(/”/g) || count(/「/g) > count(/」/g) || count(/『/g) > count(/』/g)) return true;
  return count(/"/g) % 2 === 1;
}

function isTrap(text: string, at: number): boolean {
  const sentence = sentenceBefore(text, at);
  const tail = sentence.slice(-12);
  return (
    NEGATED_ZH.test(tail) ||
    NEGATED_EN.test(sentence) ||
    CLAIMED_ZH.test(sentence) ||
    CLAIMED_EN.test(sentence) ||
    insideQuotes(text, at)
  );
}

interface Candidate {
  at: number;
  phrase: string;
  side: () => Side | undefined;
}

/** A requester named after "of" / "by": up to a stop word or punctuation (not the dots of "U.S." or "J."). */
const WHO = String.raw`([^,;:()\n]{1,80}?)(?=\s+(?:to|on|in|for|and|about|regarding|with|after|before|during|that)\b|[,;:()\n]|(?<!\b[A-Z])\.(?:\s|$)|$)`;

function candidates(text: string, context: RequestedByContext): Candidate[] {
  const out: Candidate[] = [];
  const { gazetteer } = context;
  const add = (re: RegExp, side: (m: RegExpExecArray) => Side | undefined) => {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const match = m;
      out.push({ at: match.index, phrase: match[0], side: () => side(match) });
    }
  };
  add(/应约/g, (m) => {
    const subject = lastEntitySide(sentenceBefore(text, m.index), gazetteer) ?? context.readoutSide;
    return subject ? OTHER[subject] : undefined;
  });
  add(/应(?![约邀当该对用急有予在])([^。，；！？,;\n]{1,16}?)的?(?:要求|请求)/g, (m) =>
    sideOfEntity(m[1] ?? '', gazetteer),
  );
  add(new RegExp(String.raw`\bat the request of ${WHO}`, 'gi'), (m) => sideOfEntity(m[1] ?? '', gazetteer));
  add(/\bat ((?:the )?[\p{L}.' -]{1,40}?)['’]s? request\b/giu, (m) => {
    const who = (m[1] ?? '').trim();
    if (/^(?:his|her|their|its)$/i.test(who)) return undefined;
    // "at the latter's request": the last party named before it in the sentence; "the former": the first.
    const sentence = sentenceBefore(text, m.index);
    if (/^the latter$/i.test(who)) return lastEntitySide(sentence, gazetteer);
    if (/^the former$/i.test(who)) return sideOfEntity(sentence, gazetteer);
    return sideOfEntity(who, gazetteer);
  });
  add(new RegExp(String.raw`\brequested by ${WHO}`, 'gi'), (m) => sideOfEntity(m[1] ?? '', gazetteer));
  return out.sort((a, b) => a.at - b.at);
}

export function findRequestedBy(text: string, context: RequestedByContext = {}): RequestedBy | undefined {
  for (const candidate of candidates(text, context)) {
    if (isTrap(text, candidate.at)) continue;
    const side = candidate.side();
    if (!side) continue;
    const evidence = {
      in: 'body' as const,
      start: candidate.at,
      end: candidate.at + candidate.phrase.length,
    };
    return { side, guessed: true, phrase: candidate.phrase, evidence };
  }
  return undefined;
}
