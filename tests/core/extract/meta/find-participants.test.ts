import { describe, expect, it } from 'vitest';
import { findParticipants } from '../../../../src/core/extract/meta/find-participants';
import { meetingTitle } from '../../../../src/core/extract/meta/meeting-title';
import { officials } from '../data';

const ids = (body: string, options: { title?: string; date?: string } = {}) =>
  findParticipants(body, officials(), options).map((p) => p.official);

describe('participants found with the gazetteer', () => {
  it('names the officials of the opening, Chinese side first, with their title on the date', () => {
    const body = '2024年6月5日，中联部部长刘建超在北京会见美国常务副国务卿坎贝尔。';
    const found = findParticipants(body, officials(), { date: '2024-06-05' });
    expect(found.map((p) => [p.side, p.name.en, p.title.en])).toEqual([
      ['cn', 'Liu Jianchao', 'Minister of the International Department of the CPC Central Committee'],
      ['us', 'Kurt Campbell', 'Deputy Secretary of State'],
    ]);
    const start = body.indexOf('坎贝尔');
    expect(found[1]).toMatchObject({ guessed: true, evidence: { in: 'body', start, end: start + 3 } });
  });

  it('matches the forms texts use: surname of a U.S. official, full name of a Chinese one, both languages', () => {
    expect(ids('Secretary Raimondo spoke with Minister Wang Wentao.')).toEqual([
      'wang-wentao',
      'gina-raimondo',
    ]);
    expect(ids('国务委员兼外长秦刚应约同美国国务卿布林肯通电话。')).toEqual(['qin-gang', 'antony-blinken']);
    expect(
      ids("Readout of Secretary Austin's Call", { title: 'Lloyd J. Austin III spoke with Adm. Dong Jun' }),
    ).toEqual(['dong-jun', 'lloyd-austin']);
  });

  it('avoids look-alikes: a name inside a word, a place that is also a surname, 李强调', () => {
    expect(ids('The Austin office said the Raimondos and the Blinkenite club would come later.')).toEqual([]);
    expect(ids('王毅强调，双方要落实共识。李强调研了工厂。')).toEqual(['wang-yi']);
    expect(ids('克里姆林宫发表声明。')).toEqual([]);
  });

  it('ignores officials named only further down when the opening names both sides', () => {
    const body =
      'Secretary Blinken met with Director Wang Yi.\n\nThey recalled the meeting of President Biden and President Xi.';
    expect(ids(body)).toEqual(['wang-yi', 'antony-blinken']);
  });

  it('makes a meeting title in both languages in the corpus’s style, and none without both sides', () => {
    const found = findParticipants('秦刚应约同布林肯通电话。', officials(), { date: '2023-06-14' });
    expect(meetingTitle(found, 'phone')?.value).toEqual({
      en: 'Qin Gang – Antony Blinken phone call',
      zh: '秦刚同布林肯通电话',
    });
    expect(meetingTitle(found, 'meeting')?.value).toEqual({
      en: 'Qin Gang meets Antony Blinken',
      zh: '秦刚会见布林肯',
    });
    expect(meetingTitle(found, 'video')?.value.zh).toBe('秦刚同布林肯视频通话');
    expect(meetingTitle(found.slice(0, 1), 'phone')).toBeUndefined();
  });
});
