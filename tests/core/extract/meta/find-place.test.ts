import { describe, expect, it } from 'vitest';
import { findPlace } from '../../../../src/core/extract/meta/find-place';
import { officials } from '../data';

const place = (body: string, options: Parameters<typeof findPlace>[2] = {}) =>
  findPlace(body, officials(), options);

describe('where the meeting took place', () => {
  it('finds a gazetteer place written as 在X, "in X", and in a Xinhua dateline, in both languages', () => {
    const body = '2024年6月5日，刘建超在北京会见坎贝尔。';
    const start = body.indexOf('北京');
    expect(place(body)).toMatchObject({
      value: { en: 'Beijing', zh: '北京' },
      guessed: true,
      evidence: { in: 'body', start, end: start + 2 },
    });
    expect(place('Wang Yi held talks with Secretary Blinken in Beijing.')?.value.zh).toBe('北京');
    expect(place('Secretary Blinken met with Director Wang Yi in San Francisco today.')?.value.en).toBe(
      'San Francisco',
    );
    expect(place('新华社北京4月26日电　国家主席习近平会见布林肯。')?.value.en).toBe('Beijing');
    expect(place('习近平在人民大会堂会见布林肯。')?.value.en).toBe('Beijing');
    expect(place('They met in Geneva, Switzerland.')?.value).toEqual({ en: 'Geneva', zh: '日内瓦' });
  });

  it('gives no place for a call, nor for a place merely mentioned, nor one outside the gazetteer', () => {
    expect(place('王小洪在北京同马约卡斯视频通话。', { format: 'video' })).toBeUndefined();
    expect(place('They recalled the Woodside summit and Beijing’s position.')).toBeUndefined();
    expect(place('The two met in Ulaanbaatar.')).toBeUndefined();
    expect(place('The two met.\n\nLater they travelled in Beijing.')).toBeUndefined();
  });
});
