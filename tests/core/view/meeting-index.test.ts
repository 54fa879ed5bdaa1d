import { meetings } from 'virtual:readouts';
import { meetings as indexed, topics } from 'virtual:readouts-index';
import { describe, expect, it } from 'vitest';
import { evidenceSentences } from '../../../src/core/view/claim-evidence';
import { comparisonOfSkeleton, topicsOnlyLexicon } from '../../../src/core/view/comparison-skeleton';
import { meetingEntry, meetingIndex, meetingMeta, mentions } from '../../../src/core/view/meeting-index';
import { defaultTextOf } from '../../../src/core/view/text-choice';
import { lexicon, meeting } from './fixtures';

describe('meetingEntry', () => {
  it('tags each side’s default text and lists its texts without their content', () => {
    const entry = meetingEntry(meeting(), lexicon);
    expect(entry.sides.cn.topicIds).toEqual(['internal-affairs']);
    expect(entry.sides.us.topicIds).toEqual(['communication-channels']);
    expect(entry.sides.cn.texts.map((t) => t.id)).toEqual(['cn-mfa-zh', 'cn-mfa-en']);
    expect(entry.sides.cn.completeness).toBe('full');
    expect(JSON.stringify(entry)).not.toContain('内政');
    expect(entry.sources).toEqual(['Issuer', '发布方']);
  });

  it('marks a side without texts as missing', () => {
    const m = meeting();
    const entry = meetingEntry({ ...m, readouts: m.readouts.filter((r) => r.side === 'cn') }, lexicon);
    expect(entry.sides.us).toEqual({ completeness: 'missing', topicIds: [], texts: [] });
    expect(mentions(entry, 'internal-affairs')).toBe(true);
    expect(mentions(entry, 'communication-channels')).toBe(false);
  });

  it('keeps the meeting’s own fields, not its texts or missing-side notes', () => {
    const meta = meetingMeta(meeting({ place: { en: 'Beijing', zh: '北京' } }));
    expect(meta).not.toHaveProperty('readouts');
    expect(meta).not.toHaveProperty('missing');
    expect(meta.place).toEqual({ en: 'Beijing', zh: '北京' });
    expect(meta).not.toHaveProperty('endDate');
  });
});

describe('virtual:readouts-index', () => {
  it('is the index of the shipped corpus, tagged at build time with the real lexicon', () => {
    expect(indexed.map((e) => e.meeting.id)).toEqual(meetings.map((m) => m.id));
    const qin = indexed.find((e) => e.meeting.id === '2023-06-14-qin-blinken');
    expect(qin?.sides.cn.topicIds).toEqual(expect.arrayContaining(['taiwan', 'internal-affairs']));
    expect(qin?.sides.us.topicIds).not.toContain('taiwan');
    const talks = indexed.find((e) => e.meeting.id === '2024-01-08-defense-policy-talks');
    expect(talks?.sides.us.completeness).toBe('missing');
    expect(topics.find((t) => t.id === 'taiwan')?.label).toEqual({ en: 'Taiwan', zh: '台湾问题' });
  });

  it('carries no readout text beyond the sentences one-sided claims quote as evidence', () => {
    const json = JSON.stringify({ indexed, topics });
    for (const entry of indexed) {
      const meeting = meetings.find((m) => m.id === entry.meeting.id);
      const skeleton = entry.compared;
      if (!meeting || !skeleton) throw new Error(`${entry.meeting.id}: no skeleton`);
      const comparison = comparisonOfSkeleton(skeleton, topicsOnlyLexicon(topics));
      const quoted = evidenceSentences(comparison.topics);
      for (const i of [0, 1] as const) {
        const side = skeleton.sides[i];
        const text = meeting.readouts.find((r) => r.id === side.readoutId)?.text ?? '';
        for (const s of side.sentences) {
          // A sentence's text is shipped only when a claim quotes it, and then it is the readout's own slice.
          if (s.text !== undefined) expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.text !== undefined).toBe(quoted[i].has(s.index));
        }
        // Never a whole text of several sentences.
        if (side.sentences.length > 1) expect(json).not.toContain(text);
      }
    }
    // Texts the list does not show by default are not shipped at all.
    for (const m of meetings)
      for (const r of m.readouts)
        if (!indexed.some((e) => e.compared?.sides.some((s) => s.readoutId === r.id)))
          expect(json).not.toContain(r.text.slice(0, 40));
    expect(meetingIndex([], lexicon).meetings).toEqual([]);
  });

  it('carries the default texts’ comparison skeleton, as the reader opens them', () => {
    const finer = indexed.find((e) => e.meeting.id === '2024-01-10-liu-finer');
    const meeting = meetings.find((m) => m.id === '2024-01-10-liu-finer');
    if (!finer?.compared || !meeting) throw new Error('no Finer meeting');
    expect(finer.compared.sides.map((s) => s.readoutId)).toEqual([
      defaultTextOf(meeting, 'cn')?.id,
      defaultTextOf(meeting, 'us')?.id,
    ]);
    expect(finer.sides.us.topicIds).toContain('taiwan');
    expect(finer.sides.cn.topicIds).not.toContain('taiwan');
  });
});
