/** Notes on the Finer meeting, built from real corpus passages, and a small hand-made comparison. */
import type { Comparison, SideAnalysis, TopicCoverage } from '../../../src/core/compare/types';
import type { Meeting, Side } from '../../../src/core/model';
import { describeRange } from '../../../src/core/notes/describe';
import type { Note, NoteKind, NoteTarget } from '../../../src/core/notes/types';
import { FINER, loadMeeting } from './corpus-fixture';

export const meeting: Meeting = loadMeeting(FINER);

export function targetOn(readoutId: string, quote: string): NoteTarget {
  const r = meeting.readouts.find((x) => x.id === readoutId);
  if (!r) throw new Error(readoutId);
  const start = r.text.indexOf(quote);
  if (start < 0) throw new Error(`not in ${readoutId}: ${quote}`);
  return { readoutId, side: r.side, selectors: describeRange(r.text, start, start + quote.length) };
}

let counter = 0;
export function makeNote(
  kind: NoteKind,
  body: string,
  targets: Note['targets'],
  extra: Partial<Note> = {},
): Note {
  counter += 1;
  const stamp = `2024-02-0${counter % 9 || 1}T10:00:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    meetingId: FINER,
    created: stamp,
    modified: stamp,
    kind,
    body,
    targets,
    ...extra,
  };
}

/** Written on three days in a row: the export orders by creation time, whichever test file made notes before. */
const day = (n: number) => ({
  created: `2024-02-0${n}T10:00:00.000Z`,
  modified: `2024-02-0${n}T10:00:00.000Z`,
});

export function finerNotes(): Note[] {
  return [
    makeNote(
      'omitted',
      'Only the US side names Taiwan.',
      [targetOn('us-wh-zh-rfi', '强调了台湾海峡和南海和平与稳定的重要性')],
      { topicId: 'taiwan', ...day(1) },
    ),
    makeNote(
      'reframed',
      '“Consensus” vs “outcomes of the summit”.\nSecond line.',
      [
        targetOn('cn-idcpc-zh', '推动落实两国元首达成的重要共识和成果'),
        targetOn('us-wh-zh-rfi', '双方讨论了目前落实那次峰会主要成果的情况'),
      ],
      day(2),
    ),
    makeNote('added', '', [targetOn('us-wh-en-rfi', 'candid and constructive discussions')], day(3)),
  ];
}

function side(s: Side, lang: 'zh' | 'en', label: string): SideAnalysis {
  return {
    label,
    side: s,
    lang,
    completeness: 'excerpt',
    chars: 100,
    words: 20,
    sentences: [],
    atmospherics: [],
  };
}

function topic(id: string, partial: Partial<TopicCoverage>): TopicCoverage {
  return {
    id,
    counts: [0, 0],
    shares: [0, 0],
    firstPosition: [null, null],
    strength: [null, null],
    status: 'both',
    absence: [null, null],
    heavier: null,
    evidence: { sentences: [[], []], candidates: [[], []], cues: [[], []] },
    wording: null,
    ...partial,
  };
}

export const comparison: Comparison = {
  comparable: false,
  sides: [side('cn', 'zh', 'cn-idcpc-zh'), side('us', 'zh', 'us-wh-zh-rfi')],
  topics: [
    topic('summit-implementation', {
      counts: [1, 1],
      shares: [1, 0.17],
      strength: ['neutral', 'neutral'],
      heavier: 0,
    }),
    topic('communication-channels', {
      counts: [1, 1],
      shares: [1, 0.17],
      strength: ['neutral', 'strong'],
      heavier: 0,
    }),
    topic('taiwan', {
      counts: [0, 2],
      shares: [0, 0.33],
      status: 'only-b',
      absence: ['not-in-excerpt', null],
    }),
    topic('high-level-engagement', {
      counts: [0, 1],
      shares: [0, 0.17],
      status: 'only-b',
      absence: ['not-in-excerpt', null],
    }),
  ],
  alignment: [],
  diffs: null,
};

export const topicLabels = [
  { id: 'taiwan', label: { en: 'Taiwan', zh: '台湾问题' } },
  { id: 'summit-implementation', label: { en: "Implementing leaders' consensus", zh: '落实元首共识' } },
  { id: 'communication-channels', label: { en: 'Lines of communication', zh: '沟通渠道' } },
];
