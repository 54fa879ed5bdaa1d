import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { judgedEntry } from '../../../src/core/view/entry-corrections';
import { sideMark, topicMatrix } from '../../../src/core/view/meeting-grid';
import { meetingEntry } from '../../../src/core/view/meeting-index';
import { lexicon, meeting, readout } from './fixtures';
import { CN_TEXT, lexicon as fake, US_TEXT } from './trust-fixtures';

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
      { cn: 'mentioned', us: 'omitted', status: 'only-a', checked: false },
      { cn: 'not-in-excerpt', us: 'readout-missing', status: null, checked: false },
    ]);
    expect(internal?.totals).toEqual({ cn: 1, us: 0 });
  });

  it('keeps a filtered-on topic even when nobody mentions it', () => {
    const kept = topicMatrix([meetingEntry(meeting(), lexicon)], lexicon.topics, 'climate');
    expect(kept.rows.map((r) => r.topicId)).toContain('climate');
  });
});

describe('topicMatrix from the comparison skeleton', () => {
  const trust = meeting({
    id: '2024-02-01-trust',
    readouts: [
      readout({ id: 'cn-zh', side: 'cn', lang: 'zh', text: CN_TEXT }),
      readout({ id: 'us-en', side: 'us', lang: 'en', text: US_TEXT }),
    ],
  });
  const entry = meetingEntry(trust, fake, compareReadouts);

  it('marks a possibly-both topic’s silent side as possibly mentioned, never as omitted', () => {
    const matrix = topicMatrix([entry], fake.topics);
    const summit = matrix.rows.find((r) => r.topicId === 'summit-implementation');
    expect(summit?.cells).toEqual([
      { cn: 'mentioned', us: 'possibly', status: 'possibly-both', checked: false },
    ]);
    expect(summit?.totals).toEqual({ cn: 1, us: 0 });
    const fentanyl = matrix.rows.find((r) => r.topicId === 'counternarcotics');
    expect(fentanyl?.cells[0]).toMatchObject({ cn: 'omitted', us: 'mentioned', status: 'only-b' });
    expect(matrix.comparisons[0]?.topics.map((t) => t.id)).toContain('summit-implementation');
  });

  it('follows the reader’s corrections: a removed topic goes, a confirmed candidate counts, both checked', () => {
    const judged = judgedEntry(
      entry,
      [
        { side: 1, sentence: 1, topicId: 'counternarcotics', verdict: 'absent' },
        { side: 1, sentence: 0, topicId: 'summit-implementation', verdict: 'present' },
      ],
      fake,
    );
    expect(judged.sides.us.topicIds).not.toContain('counternarcotics');
    expect(judged.sides.us.topicIds).toContain('summit-implementation');
    const matrix = topicMatrix([judged], fake.topics);
    expect(matrix.rows.map((r) => r.topicId)).not.toContain('counternarcotics');
    // A topic the reader took off the only sentence with it: its row stays in a filtered grid, checked.
    const kept = topicMatrix([judged], fake.topics, 'counternarcotics').rows.find(
      (r) => r.topicId === 'counternarcotics',
    );
    expect(kept?.cells).toEqual([{ cn: 'omitted', us: 'omitted', status: null, checked: true }]);
    const summit = matrix.rows.find((r) => r.topicId === 'summit-implementation');
    expect(summit?.cells).toEqual([{ cn: 'mentioned', us: 'mentioned', status: 'both', checked: true }]);
  });
});
