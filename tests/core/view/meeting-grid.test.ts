import { describe, expect, it } from 'vitest';
import { sideMark, topicMatrix } from '../../../src/core/view/meeting-grid';
import { meetingEntry } from '../../../src/core/view/meeting-index';
import { lexicon, meeting, readout } from './fixtures';

describe('sideMark', () => {
  it('tells a full readout’s omission from an excerpt and a missing readout', () => {
    expect(sideMark({ completeness: 'full', topicIds: [] }, 'x')).toBe('omitted');
    expect(sideMark({ completeness: 'excerpt', topicIds: [] }, 'x')).toBe('not-in-excerpt');
    expect(sideMark({ completeness: 'missing', topicIds: [] }, 'x')).toBe('readout-missing');
    expect(sideMark({ completeness: 'excerpt', topicIds: ['x'] }, 'x')).toBe('mentioned');
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
  const entries = [meetingEntry(meeting(), lexicon), meetingEntry(second, lexicon)];
  const matrix = topicMatrix(entries, lexicon.topics);

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
    const kept = topicMatrix([meetingEntry(meeting(), lexicon)], lexicon.topics, 'climate');
    expect(kept.rows.map((r) => r.topicId)).toContain('climate');
  });
});
