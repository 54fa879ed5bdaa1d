import { describe, expect, it } from 'vitest';
import { buildUserMeeting, type SideInput } from '../../../src/core/ingest/user-meeting';
import type { Meeting } from '../../../src/core/model';
import { defaultTextOf } from '../../../src/core/view/text-choice';
import { corpusData } from '../../../src/ui/app/corpus';
import { meetingToSave } from '../../../src/ui/byo/meeting-to-save';
import { PAIR_CN, PAIR_US } from './byo-harness';

const env = { today: '2031-03-05', random: 'abc123' };
const corpusMeeting = (id: string): Meeting => {
  const found = corpusData().meetings.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
};
const FULL: SideInput = {
  text: 'A full official text of the Chinese side (test).',
  lang: 'zh',
  issuer: 'Ministry of Commerce of the PRC / 中华人民共和国商务部',
  sourceUrl: 'http://www.mofcom.gov.cn/article/xwfb/test.shtml',
};

describe('the meeting “Compare” saves', () => {
  it('joining a corpus meeting: the reader’s text beside the corpus’s texts, which stay as they are', () => {
    const target = corpusMeeting('2024-01-10-wang-wentao-raimondo');
    const us = defaultTextOf(target, 'us');
    const { meeting, update } = meetingToSave({
      cn: FULL,
      us: { text: us?.text ?? '', lang: us?.lang ?? 'en' },
      form: { date: target.date, title: 'Wang Wentao – Gina Raimondo phone call / 王文涛同雷蒙多通电话' },
      env,
      editing: null,
      join: target,
      kept: ['us'],
    });
    expect(update).toBe(false);
    expect(meeting.id).toMatch(/^user-2024-01-10-/);
    expect(meeting.origin).toBe('user');
    expect(defaultTextOf(meeting, 'cn')).toMatchObject({ id: 'cn-zh', text: FULL.text, kind: 'original' });
    expect(meeting.readouts.filter((r) => r.id !== 'cn-zh')).toEqual(
      expect.arrayContaining(target.readouts.map((r) => expect.objectContaining(r))),
    );
    expect(meeting.readouts).toHaveLength(target.readouts.length + 1);
    expect(new Set(meeting.readouts.map((r) => r.id)).size).toBe(meeting.readouts.length);
  });

  it('fills a corpus meeting’s missing side and drops its missing entry', () => {
    const target = corpusMeeting('2024-01-08-defense-policy-talks');
    const cn = defaultTextOf(target, 'cn');
    const { meeting } = meetingToSave({
      cn: { text: cn?.text ?? '', lang: cn?.lang ?? 'zh' },
      us: { text: 'The US side’s text (test).', lang: 'en' },
      form: { date: target.date },
      env,
      editing: null,
      join: target,
      kept: ['cn'],
    });
    expect(target.missing.map((m) => m.side)).toEqual(['us']);
    expect(meeting.missing).toEqual([]);
    expect(meeting.readouts.filter((r) => r.side === 'cn')).toEqual(
      target.readouts.filter((r) => r.side === 'cn'),
    );
  });

  it('editing a corpus copy: a kept side is never rebuilt (a translation stays a translation)', () => {
    const target = corpusMeeting('2024-01-10-wang-wentao-raimondo');
    const copy = meetingToSave({
      cn: FULL,
      us: { text: '', lang: 'en' },
      form: { date: target.date },
      env,
      editing: null,
      join: target,
      kept: ['us'],
    }).meeting;
    const usTexts = copy.readouts.filter((r) => r.side === 'us');
    const { meeting, update } = meetingToSave({
      cn: { ...FULL, text: `${FULL.text} Corrected.` },
      us: { text: defaultTextOf(copy, 'us')?.text ?? '', lang: 'en' },
      form: { date: target.date, title: 'Edited' },
      env,
      editing: copy,
      join: null,
      kept: ['us'],
    });
    expect(update).toBe(true);
    expect(meeting.id).toBe(copy.id);
    expect(meeting.readouts.filter((r) => r.side === 'us')).toEqual(usTexts);
    expect(defaultTextOf(meeting, 'cn')).toMatchObject({ id: 'cn-zh', text: `${FULL.text} Corrected.` });
    // The corpus's Chinese-side texts stay beside the reader's.
    expect(meeting.readouts.filter((r) => r.side === 'cn')).toHaveLength(
      copy.readouts.filter((r) => r.side === 'cn').length,
    );
  });

  it('editing an ordinary meeting of the reader: the same two texts, ids kept', () => {
    const own = buildUserMeeting({ text: PAIR_CN, lang: 'zh' }, { text: PAIR_US, lang: 'en' }, {}, env);
    const { meeting } = meetingToSave({
      cn: { text: `${PAIR_CN}\n补充。`, lang: 'zh' },
      us: { text: PAIR_US, lang: 'en', sourceUrl: 'https://www.state.gov/test/' },
      form: { title: 'Edited' },
      env,
      editing: own,
      join: null,
      kept: [],
    });
    expect(meeting.readouts.map((r) => [r.id, r.text])).toEqual([
      [own.readouts[0]?.id, `${PAIR_CN}\n补充。`],
      [own.readouts[1]?.id, PAIR_US],
    ]);
    expect(meeting.readouts[1]?.source.url).toBe('https://www.state.gov/test/');
  });
});
