import type { Side } from '../model';
import type { PartyFinder } from './party-mentions';
import { singleParty } from './party-mentions';

/*
 * Who asked for the call in a Chinese text: 应约 / 应邀 (the one named after 同/与/会见 asked; with no one
 * named there, the other side than the sentence's subject, or than the issuer's), 应X要求 / 应X请求 /
 * 应X之约 / 应X邀请 (X asked), 应邀访华 (China invited). Offsets are into the normalised text given. A request
 * that names no one from either side (应乌克兰方面请求, 应约同乌克兰外长通电话) says nothing about this meeting.
 */

export interface FoundRequest {
  party: Side;
  /** The statement: the request words and whom they name. */
  start: number;
  end: number;
  /** The request words themselves (应约, 应美方要求, "at the latter's request"). */
  cue: { start: number; end: number };
}

export interface RequestScan {
  /** An invitation (应邀, 应X邀请) counts as the inviting side asking for the meeting. */
  invitations: boolean;
  /** The issuer's side: with 应约 and no one named, its principal answered the other side's request. */
  readoutSide?: Side;
}

const OTHER: Record<Side, Side> = { cn: 'us', us: 'cn' };
// 回应, 响应, 答应, 适应, 相应, 反应 … are other words, not "at the request of".
const NOT_A_REQUEST_BEFORE = '(?<![回响答适对相供反效感顺理呼照报])';
const NAMED = new RegExp(
  `${NOT_A_REQUEST_BEFORE}应(?![当该予对尽是有把将在从向以为就])([^，,。；;！!？?\\n"]{1,30}?)的?(邀请|之邀|之约|约请|请求|要求)`,
  'g',
);
const INVITATION = new Set(['邀请', '之邀']);
const UNNAMED = new RegExp(`${NOT_A_REQUEST_BEFORE}应(约|邀)(?![请束定])`, 'g');
// Words that make 应X… a sentence about doing something ("应尊重中方请求"), not a request.
const VERBISH = /尊重|满足|回应|采取|停止|继续|坚持|恪守|落实|重视|考虑|拒绝|接受|提出|发出|答复|同意/;
const OBJECT =
  /^\s*(?:同|与|和|跟|会见|会晤)\s*([^，,。；;！!？?\n]{1,30}?)(?=通电话|通话|视频|会见|会晤|会谈|举行|进行|[，,。；;！!？?\n]|$)/;
const VISIT_CN = /^\s*(?:访华|来华|访问中国|到访中国|访问北京)/;
const VISIT_US = /^\s*(?:访美|赴美|访问美国|访问华盛顿)/;
const CLAUSE_START = /[，,。；;！!？?\n][^，,。；;！!？?\n]*$/;

/** 应约 with no one named after it: the other side than the clause's last-named party, or than the issuer. */
function unnamedAsker(text: string, at: number, parties: PartyFinder, scan: RequestScan): Side | null {
  const before = text.slice(Math.max(0, at - 60), at);
  const clause = before.slice(before.search(CLAUSE_START) + 1);
  const subject = parties(clause).at(-1)?.party ?? scan.readoutSide;
  return subject ? OTHER[subject] : null;
}

export function findRequestsZh(text: string, parties: PartyFinder, scan: RequestScan): FoundRequest[] {
  const out: FoundRequest[] = [];
  for (const m of text.matchAll(NAMED)) {
    const who = m[1] ?? '';
    if (VERBISH.test(who) || (!scan.invitations && INVITATION.has(m[2] ?? ''))) continue;
    const party = singleParty(parties(who));
    const end = m.index + m[0].length;
    if (party) out.push({ party, start: m.index, end, cue: { start: m.index, end } });
  }
  for (const m of text.matchAll(UNNAMED)) {
    if (m[1] === '邀' && !scan.invitations) continue;
    const cueEnd = m.index + m[0].length;
    const cue = { start: m.index, end: cueEnd };
    const after = text.slice(cueEnd, cueEnd + 40);
    const visit = VISIT_CN.exec(after) ?? VISIT_US.exec(after);
    if (visit) {
      const party = VISIT_CN.test(after) ? 'cn' : 'us';
      out.push({ party, start: m.index, end: cueEnd + visit[0].length, cue });
      continue;
    }
    const object = OBJECT.exec(after);
    if (object) {
      const party = singleParty(parties(object[1] ?? ''));
      if (party) out.push({ party, start: m.index, end: cueEnd + object[0].length, cue });
      continue;
    }
    const party = m[1] === '约' ? unnamedAsker(text, m.index, parties, scan) : null;
    if (party) out.push({ party, start: m.index, end: cueEnd, cue });
  }
  return out.sort((x, y) => x.start - y.start);
}
