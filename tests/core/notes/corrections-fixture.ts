/**
 * A small meeting with two full readouts, compared with the engine's test lexicon, and the reader's topic
 * corrections on it: enough for every claim the exports describe (one-sided with evidence, possibly both with
 * a candidate, both with wording on each side, a checked topic).
 */
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import type { Comparison } from '../../../src/core/compare/types';
import { applyVerdicts } from '../../../src/core/compare/verdicts';
import type { Meeting, ReadoutText } from '../../../src/core/model';
import { anchorNotes } from '../../../src/core/notes/anchor';
import { correctionNote, placeCorrections } from '../../../src/core/notes/corrections';
import type { CorrectionNote } from '../../../src/core/notes/types';
import { fakeLexicon } from '../compare/fake-lexicon';

export const lexicon = fakeLexicon();

const CN_TEXT = [
  '双方同意落实两国元首达成的共识。',
  '中方强调台湾问题是核心利益。',
  '双方表示要保持沟通。',
  '双方讨论了南海局势。',
  '双方同意保持沟通渠道畅通。',
].join('');

const US_TEXT = [
  'Following the call between President Xi and President Biden, the two sides met.',
  'They underscored the importance of maintaining open lines of communication.',
  'They discussed trade.',
  'Both sides discussed the South China Sea.',
].join(' ');

function readout(id: string, side: 'cn' | 'us', lang: 'zh' | 'en', text: string): ReadoutText {
  return {
    id,
    side,
    lang,
    kind: 'original',
    issuer:
      side === 'cn' ? { en: 'Ministry of Foreign Affairs', zh: '外交部' } : { en: 'State', zh: '国务院' },
    completeness: 'full',
    source: { title: `${id} readout`, url: `https://example.org/${id}`, date: '2026-01-05' },
    quotedIn: [],
    text,
  };
}

export const correctionsMeeting: Meeting = {
  id: '2026-01-05-test-call',
  date: '2026-01-05',
  format: 'phone',
  title: { en: 'A test call', zh: '测试通话' },
  participants: [],
  readouts: [readout('cn-mfa-zh', 'cn', 'zh', CN_TEXT), readout('us-state-en', 'us', 'en', US_TEXT)],
  missing: [],
  origin: 'corpus',
};

const [cnReadout, usReadout] = correctionsMeeting.readouts as [ReadoutText, ReadoutText];

export const engineComparison: Comparison = compareReadouts(
  { text: CN_TEXT, lang: 'zh', side: 'cn', completeness: 'full', label: cnReadout.id },
  { text: US_TEXT, lang: 'en', side: 'us', completeness: 'full', label: usReadout.id },
  lexicon,
);

export const topicLabels = lexicon.topics.map((t) => ({ id: t.id, label: t.label }));

/** A verdict on sentence `sentence` of side `side` of the engine's comparison. */
export function correction(
  id: string,
  side: 0 | 1,
  sentence: number,
  topicId: string,
  verdict: 'present' | 'absent',
  at = '2026-01-06T09:00:00.000Z',
): CorrectionNote {
  const s = engineComparison.sides[side].sentences[sentence];
  const r = side === 0 ? cnReadout : usReadout;
  if (!s) throw new Error(`no sentence ${sentence} on side ${side}`);
  return correctionNote({
    id,
    meetingId: correctionsMeeting.id,
    now: new Date(at),
    readout: { id: r.id, side: r.side, text: r.text },
    sentence: { start: s.start, end: s.end },
    topicId,
    verdict,
  });
}

/** The reader confirms the US candidate for the leaders' consensus and says the Chinese line is no red line. */
export function readerCorrections(): CorrectionNote[] {
  return [
    correction('00000000-0000-4000-8000-00000000c001', 1, 0, 'summit-implementation', 'present'),
    correction(
      '00000000-0000-4000-8000-00000000c002',
      0,
      1,
      'core-interests',
      'absent',
      '2026-01-06T09:05:00.000Z',
    ),
  ];
}

/** The comparison with the reader's verdicts applied, as the reader shows it. */
export function judgedComparison(notes = readerCorrections()): Comparison {
  const placed = placeCorrections(engineComparison, anchorNotes(notes, correctionsMeeting.readouts), [
    cnReadout.id,
    usReadout.id,
  ]);
  return applyVerdicts(engineComparison, placed, lexicon);
}
