/**
 * The `compare` command's human notes in Markdown. Everything that comes from the input files (sentences, file
 * names, front-matter values, words) goes through src/core/text/markdown-escape.ts, so whoever renders the
 * notes sees text, never markup, and the only links are http(s) sources.
 */
import type { Bilingual, Side } from '../model';
import { mdExcerpt, mdInlineText, mdText, mdUrl } from '../text/markdown-escape';
import { atmosphereFamily } from './atmospherics';
import {
  emphasisSection,
  incomparableNote,
  oneSidedSection,
  sharedSection,
  sideLabel,
} from './comparison-markdown-topics';
import type { ReadoutMeta } from './comparison-report';
import type { Comparison, SideAnalysis, Speaker } from './types';

export interface MarkdownConfig {
  /** Longest sentence excerpt shown in tables and evidence (characters). */
  excerptLength: number;
  /** Most aligned rows listed; the summary always counts them all. */
  maxRows: number;
  /** Most diffs shown. */
  maxDiffs: number;
  /** A pair's diff is shown only when at least this share of its characters is equal. */
  minEqualShare: number;
  /** Most sentences quoted as evidence per topic and side. */
  maxEvidence: number;
}

export const defaultMarkdownConfig: MarkdownConfig = {
  excerptLength: 90,
  maxRows: 60,
  maxDiffs: 12,
  minEqualShare: 0.4,
  maxEvidence: 3,
};

const SIDE_NAME: Record<Side, string> = { cn: 'Chinese side', us: 'US side' };
const SPEAKER: Record<Speaker, string> = {
  self: 'its own side',
  counterpart: 'the other side',
  both: 'both sides',
  unstated: 'unstated',
};

function textsTable(c: Comparison, meta: [ReadoutMeta, ReadoutMeta]): string[] {
  const [a, b] = c.sides;
  const cellOf = (x: string | undefined) => (x === undefined || x === '' ? '–' : mdText(x));
  const row = (name: string, x: string | undefined, y: string | undefined) =>
    `| ${name} | ${cellOf(x)} | ${cellOf(y)} |`;
  const sourceCell = (x: string | undefined) => mdUrl(x) ?? cellOf(x);
  const sideText = (s: SideAnalysis) =>
    s.side ? `${SIDE_NAME[s.side]}${s.sideBasis && s.sideBasis !== 'given' ? ` (${s.sideBasis})` : ''}` : '–';
  const lines = [
    '| | A | B |',
    '|---|---|---|',
    row('File', meta[0].file, meta[1].file),
    row('Side', sideText(a), sideText(b)),
    row('Issuer', meta[0].issuer, meta[1].issuer),
    row('Title', meta[0].title, meta[1].title),
    row('Date', meta[0].date, meta[1].date),
    `| Source | ${sourceCell(meta[0].source)} | ${sourceCell(meta[1].source)} |`,
    row('Language', a.lang, b.lang),
    row('Text', a.completeness, b.completeness),
    row('Sentences', String(a.sentences.length), String(b.sentences.length)),
    row('Characters', String(a.chars), String(b.chars)),
  ];
  for (const [s, letter] of [
    [a, 'A'],
    [b, 'B'],
  ] as const) {
    if (s.completeness === 'excerpt') {
      lines.push(
        '',
        `> ${letter} is a quoted excerpt, not the full readout: what it lacks is "not in the quoted excerpt".`,
      );
    } else if (s.completeness === 'missing') {
      lines.push('', `> ${letter}: no readout is available; nothing is reported as omitted by that side.`);
    }
  }
  const note = incomparableNote(c);
  if (note) lines.push('', note);
  return lines;
}

function speakers(c: Comparison, cfg: MarkdownConfig): string[] {
  const lines: string[] = [];
  c.sides.forEach((side, i) => {
    const counts = new Map<Speaker, number>();
    for (const s of side.sentences) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
    const summary = (['self', 'counterpart', 'both', 'unstated'] as const)
      .map((k) => `${SPEAKER[k]} ${counts.get(k) ?? 0}`)
      .join(', ');
    lines.push(`- ${sideLabel(side, i as 0 | 1)}: ${summary}.`);
    for (const s of side.sentences.filter((x) => x.speaker === 'counterpart')) {
      lines.push(`  - reports the other side: “${mdExcerpt(s.text, cfg.excerptLength)}”`);
    }
  });
  return lines;
}

function alignmentRows(c: Comparison, cfg: MarkdownConfig, label: (id: string) => string): string[] {
  const counts = { pair: 0, 'only-a': 0, 'only-b': 0 };
  for (const r of c.alignment) counts[r.kind]++;
  const lines = [
    `${c.alignment.length} rows: ${counts.pair} paired, ${counts['only-a']} only in A, ${counts['only-b']} only in B.`,
    '',
    '| # | A | B | Shared topics |',
    '|---|---|---|---|',
  ];
  const text = (side: SideAnalysis, idx: number[]) =>
    idx.length === 0
      ? '—'
      : mdExcerpt(idx.map((i) => side.sentences[i]?.text ?? '').join(' '), cfg.excerptLength);
  c.alignment.slice(0, cfg.maxRows).forEach((r, n) => {
    const topics = r.sharedTopics.map(label).join(', ');
    lines.push(
      `| ${n + 1} | ${text(c.sides[0], r.a)} | ${text(c.sides[1], r.b)} | ${mdText(topics) || '–'} |`,
    );
  });
  if (c.alignment.length > cfg.maxRows)
    lines.push('', `(${c.alignment.length - cfg.maxRows} more rows not shown.)`);
  return lines;
}

function atmospherics(c: Comparison): string[] {
  const words = c.sides.map((s) => {
    const byId = new Map<string, Set<string>>();
    for (const h of s.atmospherics) byId.set(h.id, (byId.get(h.id) ?? new Set()).add(h.word));
    return byId;
  });
  const [a, b] = words as [Map<string, Set<string>>, Map<string, Set<string>>];
  if (a.size === 0 && b.size === 0) return ['Neither text characterises the talks (no 坦诚 / "candid" …).'];
  const families = (m: Map<string, Set<string>>) => new Set([...m.keys()].map(atmosphereFamily));
  const fb = families(b);
  const fa = families(a);
  const list = (m: Map<string, Set<string>>) =>
    [...m].map(([id, ws]) => `${[...ws].join('/')} (${id})`).join(', ') || '–';
  const only = (x: Set<string>, y: Set<string>) => [...x].filter((f) => !y.has(f)).join(', ') || '–';
  return [
    '| | A | B |',
    '|---|---|---|',
    `| Words for the talks | ${mdText(list(a))} | ${mdText(list(b))} |`,
    `| Only here | ${mdText(only(fa, fb))} | ${mdText(only(fb, fa))} |`,
  ];
}

function diffs(c: Comparison, cfg: MarkdownConfig): string[] {
  if (c.diffs === null) return ['The texts are in different languages: no word-level diff.'];
  const changed = c.diffs.filter((d) => d.ops.some((o) => o.op !== 'equal'));
  if (changed.length === 0) return ['Every aligned pair reads the same.'];
  // Pairs that share little wording are different sentences on one topic, not versions of one sentence.
  const versions = changed.filter((d) => (d.equalShare ?? 0) >= cfg.minEqualShare);
  const lines = [
    `${changed.length} of ${c.diffs.length} aligned pairs differ; ${versions.length} of them are worded alike enough to diff (~~only in A~~, **only in B**).`,
    '',
  ];
  for (const d of versions.slice(0, cfg.maxDiffs)) {
    const body = d.ops
      .map((o) => {
        if (o.op === 'equal') return mdInlineText(o.text);
        const t = mdInlineText(o.text).trim();
        if (t === '') return '';
        return o.op === 'delete' ? `~~${t}~~` : `**${t}**`;
      })
      .join('');
    lines.push(`- row ${d.row + 1}: ${body.trim()}`);
  }
  return lines;
}

/**
 * Human comparison notes in Markdown: the two texts, one-sided topics with the sentences they rest on, shared
 * topics with weight and wording, who says what, aligned rows, atmospherics and same-language diffs.
 */
export function renderComparisonMarkdown(
  c: Comparison,
  meta: [ReadoutMeta, ReadoutMeta],
  labelOf: (id: string) => Bilingual | undefined = () => undefined,
  config: Partial<MarkdownConfig> = {},
): string {
  const cfg = { ...defaultMarkdownConfig, ...config };
  const label = (id: string) => {
    const l = labelOf(id);
    return l ? `${l.en} · ${l.zh}` : id;
  };
  const title = [meta[0].title ?? meta[0].file ?? 'A', meta[1].title ?? meta[1].file ?? 'B']
    .map(mdText)
    .join(' ↔ ');
  const sections: Array<[string, string[]]> = [
    ['The two texts', textsTable(c, meta)],
    ['Topics only one side mentions', oneSidedSection(c, label, cfg)],
    ['Topics both sides mention', sharedSection(c, label)],
    ['Emphasis gaps', emphasisSection(c, label)],
    ['Who says what', speakers(c, cfg)],
    ['Atmospherics', atmospherics(c)],
    ['Aligned rows', alignmentRows(c, cfg, label)],
    ['Same-language differences', diffs(c, cfg)],
  ];
  const out = [`# Readout comparison: ${title}`, ''];
  for (const [heading, lines] of sections) out.push(`## ${heading}`, '', ...lines, '');
  return `${out.join('\n').trimEnd()}\n`;
}
