import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReadoutFile } from '../../../../src/core/corpus/parse-files';
import { findRequestedBy, sideOfEntity } from '../../../../src/core/extract/meta/requested-by';
import { officials, ROOT } from '../data';

const find = (text: string, readoutSide?: 'cn' | 'us') =>
  findRequestedBy(text, { gazetteer: officials(), ...(readoutSide ? { readoutSide } : {}) });

function corpusText(file: string): string {
  const parsed = parseReadoutFile(file, readFileSync(path.join(ROOT, file), 'utf8'));
  if (!parsed.value) throw new Error(`cannot read ${file}`);
  return parsed.value.text;
}

describe('who asked for the call (requested-by)', () => {
  it('应约: the other side than the sentence’s subject asked, with the words as evidence', () => {
    const text = '2024年4月2日晚，国家主席习近平应约同美国总统拜登通电话。';
    const start = text.indexOf('应约');
    expect(find(text)).toEqual({
      side: 'us',
      guessed: true,
      phrase: '应约',
      evidence: { in: 'body', start, end: start + 2 },
    });
    expect(find('布林肯应约同王毅通电话。')?.side).toBe('cn');
  });

  it('应约 with no subject named falls back on the readout’s own side, and gives up without one', () => {
    expect(find('双方应约举行视频通话。', 'cn')?.side).toBe('us');
    expect(find('应约举行视频通话。')).toBeUndefined();
  });

  it('names the requesting side explicitly in both languages', () => {
    expect(find('应美方要求，双方举行会谈。')).toMatchObject({ side: 'us', phrase: '应美方要求' });
    expect(find('应中方请求，双方举行视频会晤。')).toMatchObject({ side: 'cn', phrase: '应中方请求' });
    expect(find('Secretary Blinken spoke with Director Wang Yi at the request of the PRC.')).toMatchObject({
      side: 'cn',
      phrase: 'at the request of the PRC',
    });
    expect(find('At the request of the U.S. side, the two held a call.')?.phrase).toBe(
      'At the request of the U.S. side',
    );
    expect(find('The call took place at Beijing’s request.')?.side).toBe('cn');
    expect(find('The talks were requested by Secretary Yellen.')?.side).toBe('us');
  });

  it('finds it in the real corpus: 应约 and "at the latter’s request"', () => {
    expect(find(corpusText('readouts/2023-06-14-qin-blinken/cn-mfa-zh-rfi.md'))).toMatchObject({
      side: 'us',
      phrase: '应约',
    });
    expect(find(corpusText('readouts/2023-06-14-qin-blinken/cn-mfa-en-rfi.md'))).toMatchObject({
      side: 'us',
      phrase: "at the latter's request",
    });
    expect(find(corpusText('readouts/2024-01-10-wang-xiaohong-mayorkas/cn-mps-zh-zhixinwen.md'))?.side).toBe(
      'us',
    );
    expect(find(corpusText('readouts/2024-01-10-wang-xiaohong-mayorkas/cn-mps-en-zhixinwen.md'))?.side).toBe(
      'us',
    );
    expect(find(corpusText('readouts/2024-01-10-liu-finer/us-wh-en-rfi.md'))).toBeUndefined();
  });

  it('trap: "at the request of" said of a third party is not a side’s request', () => {
    expect(find('The Security Council met at the request of Malta to discuss the crisis.')).toBeUndefined();
    expect(find('应菲律宾要求，会议推迟。')).toBeUndefined();
    // …and a later, real request in the same text is still found.
    const text =
      'The Council met at the request of Malta. Later, at the request of the Chinese side, the two spoke.';
    expect(find(text)?.side).toBe('cn');
  });

  it('trap: a negated request is not one', () => {
    expect(find('The call was not at the request of the U.S. side.')).toBeUndefined();
    expect(
      find('The White House denied that the meeting took place at the request of Washington.'),
    ).toBeUndefined();
    expect(find('此次通话并非应美方要求。')).toBeUndefined();
    expect(find('会见不是应约举行的。')).toBeUndefined();
  });

  it('trap: a quoted or reported claim is not the readout’s statement', () => {
    expect(
      find('Reports that the call was "at the request of the United States" are wrong.'),
    ).toBeUndefined();
    expect(find('Some outlets claimed the talks were held at the request of China.')).toBeUndefined();
    expect(find('所谓“应美方要求”的说法不实。')).toBeUndefined();
    expect(find('有报道称此次通话系“应约”进行。')).toBeUndefined();
    // Quoted words alone, with no claim verb around them.
    expect(
      find('The line "at the request of the United States" was left out of the English version.'),
    ).toBeUndefined();
    expect(find('文中“应美方要求”四字在英文版中没有出现。')).toBeUndefined();
  });

  it('trap: an invitation (应邀) and a bare pronoun ("at his request") name no requesting side', () => {
    expect(find('王毅应邀访问美国。')).toBeUndefined();
    expect(find('He spoke with the minister at his request.')).toBeUndefined();
    expect(find('双方应当要求各自团队加强沟通。')).toBeUndefined();
  });

  it('maps a named party to its side: words for either country or an official of the gazetteer', () => {
    expect(sideOfEntity('the People’s Republic of China', officials())).toBe('cn');
    expect(sideOfEntity('Secretary Raimondo', officials())).toBe('us');
    expect(sideOfEntity('王文涛部长', officials())).toBe('cn');
    expect(sideOfEntity('Malta', officials())).toBeUndefined();
  });
});
