import { describe, expect, it } from 'vitest';
import { meetingTopics, sideMark, topicMatrix } from '../../../src/core/view/meeting-grid';
import { lexicon, meeting, readout } from './fixtures';

describe('meetingTopics', () => {
  it('tags each side’s default text', () => {
    const topics = meetingTopics(meeting(), lexicon);
    expect([...topics.sides.cn.topicIds]).toEqual(['internal-affairs']);
    expect([...topics.sides.us.topicIds]).toEqual(['communication-channels']);
  });
});

describe('sideMark', () => {
  it('tells a full readout’s omission from an excerpt and a missing readout', () => {
    const none = new Set<string>();
    expect(sideMark({ completeness: 'full', topicIds: none }, 'x')).toBe('omitted');
    expect(sideMark({ completeness: 'excerpt', topicIds: none }, 'x')).toBe('not-in-excerpt');
    expect(sideMark({ completeness: 'missing', topicIds: none }, 'x')).toBe('readout-missing');
    expect(sideMark({ completeness: 'excerpt', topicIds: new Set(['x']) }, 'x')).toBe('mentioned');
  });
});

describe('topicMatrix', () => {
  const second = meeting({
    id: '2024-01-08-defense-talks',
    readouts: [
      readout({ id: 'cn', side: 'cn', lang: 'zh', completeness: 'excerpt', text: '双方同意保持沟通渠道。' }),
    ],
    missing: [{ side: 'us', issuer: { en: 'Department of Defense', zh: '美国国防部' } }],
  });
  const matrix = topicMatrix([meetingTopics(meeting(), lexicon), meetingTopics(second, lexicon)], lexicon);

  it('lists only topics some side mentions, in lexicon order', () => {
    expect(matrix.rows.map((r) => r.topicId)).toEqual(['internal-affairs', 'communication-channels']);
    expect(matrix.meetingIds).toEqual(['2023-06-14-qin-blinken-call', '2024-01-08-defense-talks']);
  });

  it('gives each meeting a cell with both sides’ marks', () => {
    const internal = matrix.rows[0];
    expect(internal?.cells).toEqual([
      { cn: 'mentioned', us: 'omitted' },
      { cn: 'not-in-excerpt', us: 'readout-missing' },
    ]);
    expect(internal?.totals).toEqual({ cn: 1, us: 0 });
  });

  it('keeps a filtered-on topic even when nobody mentions it', () => {
    const kept = topicMatrix([meetingTopics(meeting(), lexicon)], lexicon, 'climate');
    expect(kept.rows.map((r) => r.topicId)).toContain('climate');
  });
});
