/**
 * A meeting title in both languages, in the corpus's style, from the principal of each side and the format:
 * 秦刚同布林肯通电话 / "Qin Gang – Antony Blinken phone call", 刘建超会见芬纳 / "Liu Jianchao meets Jon Finer".
 */
import type { Bilingual, MeetingFormat } from '../../model';
import type { Found, FoundParticipant } from '../types';

export function meetingTitle(
  participants: readonly FoundParticipant[],
  format: MeetingFormat | undefined,
): Found<Bilingual> | undefined {
  const cn = participants.find((p) => p.side === 'cn');
  const us = participants.find((p) => p.side === 'us');
  if (!cn || !us) return undefined;
  const [zhA, zhB, enA, enB] = [cn.short.zh, us.short.zh, cn.name.en, us.name.en];
  let value: Bilingual;
  switch (format) {
    case 'phone':
      value = { en: `${enA} – ${enB} phone call`, zh: `${zhA}同${zhB}通电话` };
      break;
    case 'video':
      value = { en: `${enA} – ${enB} video call`, zh: `${zhA}同${zhB}视频通话` };
      break;
    case 'talks':
      value = { en: `${enA} – ${enB} talks`, zh: `${zhA}同${zhB}磋商` };
      break;
    default:
      value = { en: `${enA} meets ${enB}`, zh: `${zhA}会见${zhB}` };
  }
  return { value, guessed: true, from: 'text' };
}
