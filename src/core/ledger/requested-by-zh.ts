import type { Side } from '../model';
import type { PartyFinder } from './party-mentions';
import { singleParty } from './party-mentions';

/*
 * Who asked for the call in a Chinese text: 应约 / 应邀 (the one named after 同/与/会见 asked), 应X邀请 / 应X之约 /
 * 应X请求 (X asked), 应邀访华 (China invited). Offsets are into the normalised text given. A request that
 * names no one from either side (应乌克兰方面请求, 应约同乌克兰外长通电话) says nothing about this meeting.
 */

export interface FoundRequest {
  party: Side;
  start: number;
  end: number;
}

// 回应, 响应, 答应, 适应, 相应, 反应 … are other words, not "at the request of".
const NOT_A_REQUEST_BEFORE = '(?<![回响答适对相供反效感顺理呼照报])';
const NAMED = new RegExp(
  `${NOT_A_REQUEST_BEFORE}应(?![当该予对尽是有把将在从向以为就])([^，,。；;！!？?\\n"]{1,30}?)的?(?:邀请|之邀|之约|约请|请求)`,
  'g',
);
const UNNAMED = new RegExp(`${NOT_A_REQUEST_BEFORE}应(?:约|邀)(?![请束定])`, 'g');
// Words that make 应X… a sentence about doing something ("应尊重中方请求"), not a request.
const VERBISH = /尊重|满足|回应|采取|停止|继续|坚持|恪守|落实|重视|考虑|拒绝|接受|提出|发出|答复|同意/;
const OBJECT =
  /^\s*(?:同|与|和|跟|会见|会晤)\s*([^，,。；;！!？?\n]{1,30}?)(?=通电话|通话|视频|会见|会晤|会谈|举行|进行|[，,。；;！!？?\n]|$)/;
const VISIT_CN = /^\s*(?:访华|来华|访问中国|到访中国|访问北京)/;
const VISIT_US = /^\s*(?:访美|赴美|访问美国|访问华盛顿)/;

export function findRequestsZh(text: string, parties: PartyFinder): FoundRequest[] {
  const out: FoundRequest[] = [];
  for (const m of text.matchAll(NAMED)) {
    const who = m[1] ?? '';
    if (VERBISH.test(who)) continue;
    const party = singleParty(parties(who));
    if (party) out.push({ party, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(UNNAMED)) {
    const cueEnd = m.index + m[0].length;
    const after = text.slice(cueEnd, cueEnd + 40);
    const visit = VISIT_CN.exec(after) ?? VISIT_US.exec(after);
    if (visit) {
      out.push({ party: VISIT_CN.test(after) ? 'cn' : 'us', start: m.index, end: cueEnd + visit[0].length });
      continue;
    }
    const object = OBJECT.exec(after);
    if (!object) continue;
    const party = singleParty(parties(object[1] ?? ''));
    if (party) out.push({ party, start: m.index, end: cueEnd + object[0].length });
  }
  return out.sort((x, y) => x.start - y.start);
}
