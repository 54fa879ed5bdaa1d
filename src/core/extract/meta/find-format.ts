/**
 * The meeting's format from how the readout names it: 视频通话 / video call, 通电话 / phone call,
 * 磋商 / named talks, 会见 / 会谈 / met with. The headline is read first, then the opening paragraph;
 * within a scope the more specific format wins (a "video call" is not a phone call).
 */
import type { MeetingFormat } from '../../model';
import type { Found } from '../types';
import { leadScopes, type Scope } from './lead';

const PATTERNS: { format: MeetingFormat; re: RegExp }[] = [
  {
    format: 'video',
    re: /视频通话|视频会晤|视频会谈|视频会议|视频会见|视频连线|video ?call|video ?conference|virtual (?:meeting|summit|call)|met virtually/i,
  },
  {
    format: 'phone',
    re: /通电话|电话交谈|电话会谈|通话|(?:tele)?phone call|by (?:tele)?phone|over the (?:tele)?phone|\bcall with\b|'s call\b/i,
  },
  // Named rounds and mechanisms; "held talks" (会谈) is a meeting, not this.
  {
    format: 'talks',
    re: /磋商|工作组|对话会|\b(?!Holds?\b|Held\b)[A-Z][a-z]+ Talks\b|\bconsultations?\b|Working Group|\bDialogue\b/,
  },
  {
    format: 'meeting',
    re: /会见|会谈|会晤|见面|举行会面|\bmet\b|\bmeets\b|\bmeeting\b|\bh(?:olds?|eld|olding) talks\b|\bbilateral\b|\bvisit(?:ed)?\b/i,
  },
];

function inScope(scope: Scope): Found<MeetingFormat> | undefined {
  for (const { format, re } of PATTERNS) {
    const m = re.exec(scope.text);
    if (m) {
      const start = scope.offset + m.index;
      return {
        value: format,
        guessed: true,
        from: 'text',
        evidence: { in: scope.in, start, end: start + m[0].length },
      };
    }
  }
  return undefined;
}

export function findFormat(body: string, title?: string): Found<MeetingFormat> | undefined {
  for (const scope of leadScopes(body, title)) {
    const found = inScope(scope);
    if (found) return found;
  }
  return undefined;
}
