import { describe, expect, it } from 'vitest';
import { findFormat } from '../../../../src/core/extract/meta/find-format';

describe('the meeting’s format', () => {
  it.each([
    ['2024年4月2日晚，国家主席习近平应约同美国总统拜登通电话。', 'phone', '通电话'],
    ['国务委员王小洪应约同美国国土安全部部长马约卡斯视频通话。', 'video', '视频通话'],
    ['刘建超在北京会见美国常务副国务卿坎贝尔。', 'meeting', '会见'],
    ['王毅同沙利文在曼谷举行会谈。', 'meeting', '会谈'],
    ['中美海上军事安全磋商机制会议在夏威夷举行。', 'talks', '磋商'],
    ['Secretary Raimondo spoke by phone with Minister Wang Wentao.', 'phone', 'by phone'],
    ['Secretary Hegseth held a video call today with Minister Dong Jun.', 'video', 'video call'],
    ['Secretary Blinken met with Director Wang Yi in Munich.', 'meeting', 'met'],
    ['The 17th Defense Policy Coordination Talks were held at the Pentagon.', 'talks', 'Coordination Talks'],
    ['Wang Yi held talks with Secretary Blinken.', 'meeting', 'held talks'],
  ])('%s → %s', (body, format, words) => {
    const found = findFormat(body);
    expect(found?.value).toBe(format);
    expect(found?.guessed).toBe(true);
    const ev = found?.evidence;
    expect(ev && body.slice(ev.start, ev.end)).toBe(words);
  });

  it('reads the headline first: "Holds Talks" is a meeting, "Call with" a phone call', () => {
    expect(
      findFormat('They discussed the talks to come.', 'Wang Yi Holds Talks with U.S. Secretary of State')
        ?.value,
    ).toBe('meeting');
    const call = findFormat(
      'The two leaders met virtually last year.',
      "Readout of President Biden's Call with President Xi",
    );
    expect(call).toMatchObject({ value: 'phone', evidence: { in: 'title' } });
  });

  it('only looks at the opening: a later mention of another meeting does not count', () => {
    expect(
      findFormat('The two ministers exchanged views.\n\nThey recalled their video call last year.'),
    ).toBeUndefined();
  });
});
