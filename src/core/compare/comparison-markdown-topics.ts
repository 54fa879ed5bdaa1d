/**
 * The topic sections of the `compare` command's Markdown notes. Every "only one side mentions it" claim
 * lists the sentences it rests on, and for `possibly-both` the candidate the looser search found on the other
 * side; shares are set side by side only when the comparison says the texts are comparable; "stronger
 * wording" only from the engine's wording contrast, with the words. Untrusted text is escaped (mdText).
 */
import { mdExcerpt, mdText } from '../text/markdown-escape';
import { sureSide } from './evidence';
import type { AbsenceReason, Comparison, SideAnalysis, Span, TopicCoverage, WordingContrast } from './types';

export interface TopicsConfig {
  excerptLength: number;
  /** Most evidence sentences quoted per topic and side; the rest are counted. */
  maxEvidence: number;
}

const SIDE_NAME = { cn: 'Chinese side', us: 'US side' } as const;
const ABSENCE: Record<AbsenceReason, string> = {
  omitted: 'omitted by that side',
  'not-in-excerpt': 'not in the quoted excerpt',
  'readout-missing': 'no readout available',
};
const LETTER = ['A', 'B'] as const;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const pos = (x: number | null) => (x === null ? '–' : pct(x));

export function sideLabel(side: SideAnalysis, i: 0 | 1): string {
  return side.side ? `${LETTER[i]} (${SIDE_NAME[side.side]})` : LETTER[i];
}

/** The side whose tagger is sure of a topic that is not in both texts. */
const sureOf = (t: TopicCoverage): 0 | 1 => sureSide(t) ?? 0;

function sentenceOf(side: SideAnalysis, index: number) {
  return side.sentences[index]?.index === index
    ? side.sentences[index]
    : side.sentences.find((s) => s.index === index);
}

/** The words of a cue (offsets into the side's text) within its sentence. */
function cueWords(side: SideAnalysis, index: number, cue: Span | undefined): string | null {
  const s = sentenceOf(side, index);
  if (!s || !cue || cue.start < s.start || cue.end > s.end) return null;
  return s.text.slice(cue.start - s.start, cue.end - s.start);
}

/** Why the comparison sets no shares side by side, in a line; null when it does. */
export function incomparableNote(c: Comparison): string | null {
  if (c.comparable) return null;
  const why = c.sides.map((s, i) => {
    const l = LETTER[i];
    if (s.completeness === 'missing') return `${l} has no readout`;
    if (s.completeness === 'excerpt') return `${l} is a quoted excerpt`;
    return s.sentences.length < 3 ? `${l} has ${s.sentences.length} sentence(s)` : null;
  });
  const reasons = why.filter(Boolean).join(' and ');
  return `> Shares are not compared: ${reasons || 'the texts are not comparable'}; a share of such a text says nothing about weight.`;
}

export function oneSidedSection(c: Comparison, label: (id: string) => string, cfg: TopicsConfig): string[] {
  const topics = c.topics.filter((t) => t.status !== 'both');
  if (topics.length === 0) return ['Every topic is mentioned by both texts.'];
  const share = c.comparable;
  const lines = [
    `| Topic | Mentioned by | Sentences |${share ? ' Share |' : ''} Why the other has none |`,
    `|---|---|---|${share ? '---|' : ''}---|`,
  ];
  for (const t of topics) {
    const i = sureOf(t);
    const reason = t.absence[1 - i] as AbsenceReason | null;
    const why =
      t.status === 'possibly-both'
        ? `possibly mentioned: a candidate sentence in ${LETTER[1 - i]}`
        : reason
          ? ABSENCE[reason]
          : '–';
    lines.push(
      `| ${mdText(label(t.id))} | ${sideLabel(c.sides[i], i)} | ${t.counts[i]} |${share ? ` ${pct(t.shares[i])} |` : ''} ${why} |`,
    );
  }
  lines.push('', 'What each claim rests on:', '');
  for (const t of topics) lines.push(...evidenceItems(c, t, label, cfg));
  return lines;
}

function evidenceItems(c: Comparison, t: TopicCoverage, label: (id: string) => string, cfg: TopicsConfig) {
  const i = sureOf(t);
  const o = (1 - i) as 0 | 1;
  const status =
    t.status === 'possibly-both' ? `possibly both, sure only in ${LETTER[i]}` : `only in ${LETTER[i]}`;
  const lines = [`- **${mdText(label(t.id))}** (${status}):`];
  const quote = (side: 0 | 1, index: number, prefix: string) => {
    const s = sentenceOf(c.sides[side], index);
    if (s) lines.push(`  - ${prefix} ${index + 1}: “${mdExcerpt(s.text, cfg.excerptLength)}”`);
  };
  const mentions = t.evidence.sentences[i];
  for (const index of mentions.slice(0, cfg.maxEvidence)) quote(i, index, `${LETTER[i]}, sentence`);
  if (mentions.length > cfg.maxEvidence)
    lines.push(`  - (${mentions.length - cfg.maxEvidence} more in ${LETTER[i]})`);
  if (t.status === 'possibly-both') {
    t.evidence.candidates[o].slice(0, cfg.maxEvidence).forEach((index, k) => {
      const cue = cueWords(c.sides[o], index, t.evidence.cues[o][k]);
      quote(o, index, `${LETTER[o]}, candidate${cue ? ` (“${mdText(cue)}”)` : ''}, sentence`);
    });
  }
  return lines;
}

function wordingCell(w: WordingContrast | null): string {
  if (!w) return '–';
  const side = (k: 0 | 1) => `${w.levels[k]} (${w.words[k].map(mdText).join(', ')})`;
  return `${side(0)} / ${side(1)}`;
}

export function sharedSection(c: Comparison, label: (id: string) => string): string[] {
  const topics = c.topics.filter((t) => t.status === 'both');
  if (topics.length === 0) return ['No topic is mentioned by both texts.'];
  const share = c.comparable;
  const lines = [
    `| Topic | Sentences A / B |${share ? ' Share A / B |' : ''} First mention A / B | Wording A / B |${share ? ' More weight |' : ''}`,
    `|---|---|${share ? '---|' : ''}---|---|${share ? '---|' : ''}`,
  ];
  for (const t of topics) {
    const heavier = t.heavier === null ? 'even' : LETTER[t.heavier];
    lines.push(
      `| ${mdText(label(t.id))} | ${t.counts[0]} / ${t.counts[1]} |${share ? ` ${pct(t.shares[0])} / ${pct(t.shares[1])} |` : ''} ${pos(t.firstPosition[0])} / ${pos(t.firstPosition[1])} | ${wordingCell(t.wording)} |${share ? ` ${heavier} |` : ''}`,
    );
  }
  return lines;
}

export function emphasisSection(c: Comparison, label: (id: string) => string): string[] {
  const lines: string[] = [];
  for (const t of c.topics.filter((x) => x.status === 'both')) {
    const notes: string[] = [];
    if (c.comparable && t.heavier !== null) {
      const hi = t.heavier;
      const lo = (1 - hi) as 0 | 1;
      notes.push(
        `${LETTER[hi]} gives it more room (${pct(t.shares[hi])} of its text against ${pct(t.shares[lo])} in ${LETTER[lo]})`,
      );
    }
    const w = t.wording;
    if (w && w.stronger !== null) {
      const hi = w.stronger;
      const lo = (1 - hi) as 0 | 1;
      const words = (k: 0 | 1) => w.words[k].map((x) => `“${mdText(x)}”`).join(', ');
      notes.push(
        `stronger wording in ${LETTER[hi]} (${w.levels[hi]}: ${words(hi)}) than in ${LETTER[lo]} (${w.levels[lo]}: ${words(lo)})`,
      );
    }
    if (notes.length > 0) lines.push(`- **${mdText(label(t.id))}**: ${notes.join('; ')}.`);
  }
  if (lines.length === 0) lines.push('No marked difference in weight or wording on the shared topics.');
  if (!c.comparable) lines.push('', '(No "more room": the shares are not compared, see The two texts.)');
  return lines;
}
