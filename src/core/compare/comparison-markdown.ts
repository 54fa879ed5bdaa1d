import type { Bilingual, Side } from '../model';
import { atmosphereFamily } from './atmospherics';
import type { ReadoutMeta } from './comparison-report';
import type { AbsenceReason, Comparison, SideAnalysis, Speaker, StrengthLevel, TopicCoverage } from './types';

export interface MarkdownConfig {
  /** Longest sentence excerpt shown in tables (characters). */
  excerptLength: number;
  /** Most aligned rows listed; the summary always counts them all. */
  maxRows: number;
  /** Most diffs shown. */
  maxDiffs: number;
  /** A pair's diff is shown only when at least this share of its characters is equal. */
  minEqualShare: number;
}

export const defaultMarkdownConfig: MarkdownConfig = {
  excerptLength: 90,
  maxRows: 60,
  maxDiffs: 12,
  minEqualShare: 0.4,
};

const SIDE_NAME: Record<Side, string> = { cn: 'Chinese side', us: 'US side' };
const ABSENCE: Record<AbsenceReason, string> = {
  omitted: 'omitted by that side',
  'not-in-excerpt': 'not in the quoted excerpt',
  'readout-missing': 'no readout available',
};
const SPEAKER: Record<Speaker, string> = {
  self: 'its own side',
  counterpart: 'the other side',
  both: 'both sides',
  unstated: 'unstated',
};

function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function excerpt(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const pos = (x: number | null) => (x === null ? '–' : pct(x));

function sideLabel(side: SideAnalysis, letter: string): string {
  return side.side ? `${letter} (${SIDE_NAME[side.side]})` : letter;
}

function textsTable(c: Comparison, meta: [ReadoutMeta, ReadoutMeta]): string[] {
  const [a, b] = c.sides;
  const row = (name: string, x: string | undefined, y: string | undefined) =>
    `| ${name} | ${cell(x ?? '–')} | ${cell(y ?? '–')} |`;
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
    row('Source', meta[0].source, meta[1].source),
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
  return lines;
}

function oneSided(c: Comparison, label: (id: string) => string): string[] {
  const topics = c.topics.filter((t) => t.status !== 'both');
  if (topics.length === 0) return ['Every topic is mentioned by both texts.'];
  const lines = ['| Topic | Only in | Sentences | Share | Why the other has none |', '|---|---|---|---|---|'];
  for (const t of topics) {
    const i = t.status === 'only-a' ? 0 : 1;
    const letter = i === 0 ? 'A' : 'B';
    const reason = t.absence[1 - i] as AbsenceReason | null;
    lines.push(
      `| ${cell(label(t.id))} | ${sideLabel(c.sides[i] as SideAnalysis, letter)} | ${t.counts[i]} | ${pct(t.shares[i] as number)} | ${reason ? ABSENCE[reason] : '–'} |`,
    );
  }
  return lines;
}

const strengthText = (s: StrengthLevel | null) => s ?? '–';

function shared(c: Comparison, label: (id: string) => string): string[] {
  const topics = c.topics.filter((t) => t.status === 'both');
  if (topics.length === 0) return ['No topic is mentioned by both texts.'];
  const lines = [
    '| Topic | Sentences A / B | Share A / B | First mention A / B | Wording A / B | More weight |',
    '|---|---|---|---|---|---|',
  ];
  for (const t of topics) {
    const heavier = t.heavier === null ? 'even' : t.heavier === 0 ? 'A' : 'B';
    lines.push(
      `| ${cell(label(t.id))} | ${t.counts[0]} / ${t.counts[1]} | ${pct(t.shares[0])} / ${pct(t.shares[1])} | ${pos(t.firstPosition[0])} / ${pos(t.firstPosition[1])} | ${strengthText(t.strength[0])} / ${strengthText(t.strength[1])} | ${heavier} |`,
    );
  }
  return lines;
}

function emphasisGaps(c: Comparison, label: (id: string) => string): string[] {
  const lines: string[] = [];
  const rank = { neutral: 0, moderate: 1, strong: 2 } as const;
  for (const t of c.topics.filter((x: TopicCoverage) => x.status === 'both')) {
    const notes: string[] = [];
    if (t.heavier !== null) {
      const [hi, lo] = t.heavier === 0 ? ['A', 'B'] : ['B', 'A'];
      const [sh, sl] = t.heavier === 0 ? [t.shares[0], t.shares[1]] : [t.shares[1], t.shares[0]];
      notes.push(`${hi} gives it more room (${pct(sh)} of its text against ${pct(sl)} in ${lo})`);
    }
    const [sa, sb] = t.strength;
    if (sa && sb && rank[sa] !== rank[sb]) notes.push(`wording: A ${sa}, B ${sb}`);
    if (notes.length > 0) lines.push(`- **${label(t.id)}**: ${notes.join('; ')}.`);
  }
  if (lines.length === 0) return ['No marked difference in weight or wording on the shared topics.'];
  if (c.sides.some((s) => s.completeness === 'excerpt')) {
    lines.push('', '> Shares of an excerpt reflect what was quoted, not the whole readout.');
  }
  return lines;
}

function speakers(c: Comparison, cfg: MarkdownConfig): string[] {
  const lines: string[] = [];
  c.sides.forEach((side, i) => {
    const letter = i === 0 ? 'A' : 'B';
    const counts = new Map<Speaker, number>();
    for (const s of side.sentences) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
    const summary = (['self', 'counterpart', 'both', 'unstated'] as const)
      .map((k) => `${SPEAKER[k]} ${counts.get(k) ?? 0}`)
      .join(', ');
    lines.push(`- ${sideLabel(side, letter)}: ${summary}.`);
    for (const s of side.sentences.filter((x) => x.speaker === 'counterpart')) {
      lines.push(`  - reports the other side: "${excerpt(s.text, cfg.excerptLength)}"`);
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
      : cell(excerpt(idx.map((i) => side.sentences[i]?.text ?? '').join(' '), cfg.excerptLength));
  c.alignment.slice(0, cfg.maxRows).forEach((r, n) => {
    const topics = r.sharedTopics.map(label).join(', ');
    lines.push(`| ${n + 1} | ${text(c.sides[0], r.a)} | ${text(c.sides[1], r.b)} | ${cell(topics) || '–'} |`);
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
  return [
    '| | A | B |',
    '|---|---|---|',
    `| Words for the talks | ${cell(list(a))} | ${cell(list(b))} |`,
    `| Only here | ${cell([...fa].filter((f) => !fb.has(f)).join(', ') || '–')} | ${cell([...fb].filter((f) => !fa.has(f)).join(', ') || '–')} |`,
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
        const t = o.text.replace(/\s+/g, ' ');
        if (o.op === 'equal') return t;
        return o.op === 'delete' ? `~~${t.trim()}~~` : `**${t.trim()}**`;
      })
      .join('');
    lines.push(`- row ${d.row + 1}: ${body}`);
  }
  return lines;
}

/**
 * Human comparison notes in Markdown: the two texts, one-sided topics (with why the other side is silent),
 * shared topics with weight and wording, who says what, aligned rows, atmospherics and same-language diffs.
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
  const title = [meta[0].title ?? meta[0].file ?? 'A', meta[1].title ?? meta[1].file ?? 'B'].join(' ↔ ');
  const sections: Array<[string, string[]]> = [
    ['The two texts', textsTable(c, meta)],
    ['Topics only one side mentions', oneSided(c, label)],
    ['Topics both sides mention', shared(c, label)],
    ['Emphasis gaps', emphasisGaps(c, label)],
    ['Who says what', speakers(c, cfg)],
    ['Atmospherics', atmospherics(c)],
    ['Aligned rows', alignmentRows(c, cfg, label)],
    ['Same-language differences', diffs(c, cfg)],
  ];
  const out = [`# Readout comparison: ${title}`, ''];
  for (const [heading, lines] of sections) out.push(`## ${heading}`, '', ...lines, '');
  return `${out.join('\n').trimEnd()}\n`;
}
