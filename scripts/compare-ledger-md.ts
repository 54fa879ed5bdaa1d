/**
 * The `compare` command's Markdown notes get two short sections from the meeting's ledger: "Facts" (who asked
 * for the call, with its words; lengths; who speaks first; how much each text reports each side) and "Set
 * phrases" (how each side words them). Every word from a file goes through src/core/text/markdown-escape.ts.
 */
import { describeGlance } from '../src/core/ledger/describe-glance';
import { ledgerRows } from '../src/core/ledger/ledger-rows';
import type { MeetingLedger } from '../src/core/ledger/meeting-ledger';
import type { SpeakerFact } from '../src/core/ledger/speakers';
import { mdInlineText, mdText } from '../src/core/text/markdown-escape';

type Texts = readonly [string, string];

const LETTER = ['A', 'B'] as const;
const SPEAKER = { self: 'its own side', counterpart: 'the other side', both: 'both sides' } as const;

/** Words of a text, quoted and escaped for a line of Markdown. */
const quote = (texts: Texts, side: 0 | 1, span: { start: number; end: number }) =>
  `“${mdInlineText(texts[side].slice(span.start, span.end)).trim()}”`;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const SIDE_NAME = { cn: 'the Chinese side', us: 'the US side' } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function askedLine(ledger: MeetingLedger, texts: Texts): string {
  const f = ledger.facts;
  if (f.requestConflict) {
    const said = f.requestMentions.map(
      (m) => `${LETTER[m.side]} names ${SIDE_NAME[m.party]} ${quote(texts, m.side, m)}`,
    );
    return `disputed: ${said.join('; ')}`;
  }
  const ev = f.requestedEvidence;
  if (!ev || !f.requestedParty) return 'not stated';
  const party = SIDE_NAME[f.requestedParty];
  const who = f.requestedBy ? `${f.requestedBy.toUpperCase()}, ${party}` : party;
  return `${who}, as ${LETTER[ev.side]} says: ${quote(texts, ev.side, ev)}`;
}

function speakerText(fact: SpeakerFact | null, texts: Texts, side: 0 | 1): string {
  return fact ? `${SPEAKER[fact.speaker]} (${quote(texts, side, fact.evidence)})` : 'no stated speaker';
}

export function factsSection(ledger: MeetingLedger, texts: Texts): string[] {
  const f = ledger.facts;
  const both = (fn: (i: 0 | 1) => string) => `A ${fn(0)}; B ${fn(1)}`;
  const r = f.ratio;
  const caveats = [
    ...(r.sameLanguage ? [] : ['different languages: characters do not compare']),
    ...(r.comparable ? [] : ['an excerpt or a very short text: lengths do not compare']),
  ];
  const ratio = `A ÷ B: ${r.chars ?? '–'} in characters, ${r.sentences ?? '–'} in sentences, ${r.paragraphs ?? '–'} in paragraphs`;
  return [
    `- Asked for the call or meeting: ${askedLine(ledger, texts)}.`,
    `- Length: ${both((i) => {
      const l = f.lengths[i];
      const counts = [
        plural(l.words, 'word'),
        plural(l.sentences, 'sentence'),
        plural(l.paragraphs, 'paragraph'),
      ];
      return `${plural(l.chars, 'character')} (without spaces), ${counts.join(', ')}`;
    })}.`,
    `- Length ratio, ${ratio}${caveats.length > 0 ? ` (${caveats.join('; ')})` : ''}.`,
    `- First to speak: ${both((i) => speakerText(f.firstSingleSpeaker[i] ?? f.firstSpeaker[i], texts, i))}.`,
    `- Share reporting its own side / the other side / both / no stated speaker: ${both((i) => {
      const s = f.speakerShares[i];
      return [s.self, s.counterpart, s.both, s.unstated].map((x) => percent(x.share)).join(' / ');
    })}.`,
  ];
}

export function phrasesSection(ledger: MeetingLedger, texts: Texts): string[] {
  if (ledger.phrases.length === 0) return ['Neither text uses a set phrase of readouts/phrases.yaml.'];
  const parties = [ledger.sides[0].side, ledger.sides[1].side] as const;
  // Where both sides use a phrase in different words: the non-equivalent renderings readers look for.
  const lines = ledger.glance
    .filter((g) => g.kind === 'different')
    .map((g) => `- ${mdText(describeGlance(g, parties, 'en'))}`);
  if (lines.length > 0) lines.push('');
  lines.push('| Phrase | A | B |', '|---|---|---|');
  const cell = (s: string) => mdInlineText(s).trim() || '–';
  for (const row of ledgerRows({ ledger, texts }, 'en')) {
    if (row.kind !== 'phrase') continue;
    lines.push(`| ${cell(row.label)} | ${cell(row.cells[0])} | ${cell(row.cells[1])} |`);
  }
  return lines;
}

/**
 * The notes with "Facts" and "Set phrases" after their first section (the two texts), or at the end when the
 * notes have a single section.
 */
export function withLedgerSections(markdown: string, ledger: MeetingLedger, texts: Texts): string {
  const sections = [
    '## Facts',
    '',
    ...factsSection(ledger, texts),
    '',
    '## Set phrases',
    '',
    ...phrasesSection(ledger, texts),
    '',
  ].join('\n');
  const headings = [...markdown.matchAll(/^## /gm)];
  const at = headings[1]?.index;
  if (at === undefined) return `${markdown.trimEnd()}\n\n${sections.trimEnd()}\n`;
  return `${markdown.slice(0, at)}${sections}\n${markdown.slice(at)}`;
}
