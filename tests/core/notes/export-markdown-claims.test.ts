import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/notes/describe';
import { exportMarkdown } from '../../../src/core/notes/export-markdown';
import {
  correctionsMeeting,
  engineComparison,
  judgedComparison,
  readerCorrections,
  topicLabels,
} from './corrections-fixture';
import { makeNote } from './notes-fixture';

/*
 * The Markdown export's topic tables and the reader's corrections, on a real comparison by the engine (two
 * full readouts, the engine's test lexicon).
 */

const now = new Date('2026-01-07T08:00:00.000Z');
const meeting = correctionsMeeting;

function section(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const next = md.indexOf('\n## ', start + 3);
  return md.slice(start, next < 0 ? undefined : next);
}

describe('exportMarkdown: claims and their evidence', () => {
  const md = exportMarkdown(
    { meeting, notes: [], comparison: engineComparison, topics: topicLabels },
    { now, lang: 'en' },
  );
  const oneSided = section(md, 'Topics only one side mentions');

  it('gives each one-sided claim the sentence that mentions it', () => {
    expect(oneSided).toContain('| Topic | Mentioned by | Mentions | The other side | Evidence |');
    expect(oneSided).toContain(
      '| taiwan | Chinese side | 1 | US side: omits it | Chinese side: “中方强调台湾问题是核心利益。” |',
    );
    expect(oneSided).toContain(
      '| trade-commercial | US side | 1 | Chinese side: omits it | US side: “They discussed trade.” |',
    );
  });

  it('shows a possibly-both claim as such, with the candidate on the silent side and its wording', () => {
    expect(oneSided).toContain(
      '| summit-implementation | Chinese side | 1 | US side: possibly mentions it (to check) | ' +
        'Chinese side: “双方同意落实两国元首达成的共识。” · US side, possible mention: ' +
        '“Following the call between President Xi and President Biden, the two sides met.” ' +
        '(“President Xi and President Biden”) |',
    );
  });

  it('compares shares of comparable texts, and "stronger wording" only with the words of both sides', () => {
    const gaps = section(md, 'Biggest emphasis gaps');
    expect(gaps).toContain('| Topic | Chinese side | US side | Stronger wording |');
    expect(gaps).toContain(
      '| communication-channels | 37% (2) | 35% (1) | US side: “underscored” (Chinese side: “表示”, “沟通”) |',
    );
    expect(gaps).toContain(
      '| south-china-sea | 16% (1) | 19% (1) | even: Chinese side “讨论”; US side “discussed” |',
    );
  });

  it('writes no shares and no wording contrast when the texts are not comparable', () => {
    const excerpt = { ...engineComparison, comparable: false };
    const out = exportMarkdown(
      { meeting, notes: [], comparison: excerpt, topics: topicLabels },
      { now, lang: 'en' },
    );
    const gaps = section(out, 'Biggest emphasis gaps');
    expect(gaps).toContain(
      'Not compared: shares are compared only when both sides are full texts of at least 3 sentences.',
    );
    expect(gaps).not.toMatch(/\d+%/);
    expect(gaps).not.toContain('underscored');
    // The one-sided claims and their evidence are still there.
    expect(section(out, 'Topics only one side mentions')).toContain('“中方强调台湾问题是核心利益。”');
  });

  it('says "—" rather than guessing when a side has no wording signal on a topic', () => {
    const noWording = {
      ...engineComparison,
      topics: engineComparison.topics.map((t) =>
        t.id === 'communication-channels'
          ? { ...t, wording: null, strength: ['neutral', 'strong'] as never }
          : t,
      ),
    };
    const out = exportMarkdown(
      { meeting, notes: [], comparison: noWording, topics: topicLabels },
      { now, lang: 'en' },
    );
    expect(out).toContain('| communication-channels | 37% (2) | 35% (1) | — |');
  });
});

describe('exportMarkdown: the reader’s topic corrections', () => {
  const corrections = readerCorrections();
  const us = meeting.readouts[1]?.text ?? '';
  const at = us.indexOf('They discussed trade.');
  const comment = makeNote('omitted', 'A comment, not a correction.', [
    { readoutId: 'us-state-en', side: 'us', selectors: describeRange(us, at, at + 21) },
  ]);
  const notes = [...corrections, { ...comment, meetingId: meeting.id }];
  const md = exportMarkdown(
    { meeting, notes, comparison: judgedComparison(corrections), topics: topicLabels },
    { now, lang: 'en' },
  );

  it('lists them in their own section: topic, side, verdict, the sentence and its citation', () => {
    const part = section(md, 'Topic corrections (checked by the reader)');
    expect(part).toContain('## Topic corrections (checked by the reader) (2)');
    expect(part).toContain(
      '### 1. core-interests · Chinese side (Ministry of Foreign Affairs) · does not mention the topic',
    );
    expect(part).toContain('> 中方强调台湾问题是核心利益。');
    expect(part).toContain(
      'Source: Ministry of Foreign Affairs (original, zh, full text) — “cn-mfa-zh readout”, 2026-01-05, <https://example.org/cn-mfa-zh>',
    );
    expect(part).toContain('### 2. summit-implementation · US side (State) · mentions the topic');
    expect(part).toContain(
      '> Following the call between President Xi and President Biden, the two sides met.',
    );
  });

  it('keeps them out of the notes list', () => {
    const list = section(md, 'Notes (1)');
    expect(list).toContain('A comment, not a correction.');
    expect(list).not.toContain('reader’s correction');
    expect(list).not.toContain('Following the call');
  });

  it('marks a topic the reader checked in the topic tables', () => {
    // The confirmed candidate turns "possibly both" into both sides; the topic says it was checked.
    expect(section(md, 'Topics only one side mentions')).not.toContain('summit-implementation');
    const withChecked = exportMarkdown(
      {
        meeting,
        notes,
        comparison: {
          ...engineComparison,
          topics: engineComparison.topics.map((t) =>
            t.id === 'taiwan' ? { ...t, checked: true as const } : t,
          ),
        },
        topics: topicLabels,
      },
      { now, lang: 'en' },
    );
    expect(withChecked).toContain('| taiwan (checked by the reader) | Chinese side | 1 |');
  });

  it('writes the section in Chinese for lang zh', () => {
    const zh = exportMarkdown(
      { meeting, notes, comparison: judgedComparison(corrections), topics: topicLabels },
      { now, lang: 'zh' },
    );
    expect(zh).toContain('## 议题更正（读者已核实） (2)');
    expect(zh).toContain('### 2. summit-implementation · 美方 (国务院) · 提及该议题');
  });

  it('leaves the section out when the reader has corrected nothing', () => {
    const out = exportMarkdown({ meeting, notes: [], comparison: engineComparison }, { now, lang: 'en' });
    expect(out).not.toContain('Topic corrections');
  });
});
