import type { CompiledLexicon } from '../lexicon/types';
import { byCodeUnits } from '../text/code-unit-order';
import { candidatesOn, checkedTopics, wordingContrast } from './evidence';
import type { AbsenceReason, SideAnalysis, StrengthLevel, TopicCoverage, TopicStatus } from './types';
import { strengthRank } from './wording';

export interface CoverageConfig {
  /** One side is heavier only if its share is at least this many times the other's… */
  heavierRatio: number;
  /** …and exceeds it by at least this much (fraction of the text). */
  heavierMinGap: number;
  /** Shares compare like with like only between full texts of at least this many sentences each. */
  minComparableSentences: number;
}

export const defaultCoverageConfig: CoverageConfig = {
  heavierRatio: 1.5,
  heavierMinGap: 0.05,
  minComparableSentences: 3,
};

/**
 * Whether the two texts' shares can be set against each other: both full readouts, each long enough that a
 * share is more than one sentence's worth. An excerpt or a one-line text gives numbers, not a comparison.
 */
export function isComparable(
  a: SideAnalysis,
  b: SideAnalysis,
  config: Pick<CoverageConfig, 'minComparableSentences'> = defaultCoverageConfig,
): boolean {
  return [a, b].every(
    (s) => s.completeness === 'full' && s.sentences.length >= config.minComparableSentences,
  );
}

/** A sentence's topic ids plus their ancestors: a sub-topic mention also counts for its parent topic. */
export function expandTopics(ids: readonly string[], lexicon: CompiledLexicon): string[] {
  // Arrays, not sets: a sentence has a few topics, and this runs for every sentence of both sides.
  const out: string[] = [];
  const seen: string[] = [];
  for (const id of ids) {
    let cur: string | undefined = id;
    seen.length = 0;
    while (cur && !seen.includes(cur)) {
      seen.push(cur);
      if (!out.includes(cur)) out.push(cur);
      cur = lexicon.topicById.get(cur)?.parent;
    }
  }
  return out;
}

interface SideTally {
  sentences: number[];
  chars: number;
  firstOffset: number | null;
  strength: StrengthLevel | null;
}

function tally(side: SideAnalysis, lexicon: CompiledLexicon): Map<string, SideTally> {
  const byTopic = new Map<string, SideTally>();
  let before = 0;
  for (const s of side.sentences) {
    const len = s.end - s.start;
    for (const id of expandTopics(s.topicIds, lexicon)) {
      let t = byTopic.get(id);
      if (!t) {
        t = { sentences: [], chars: 0, firstOffset: before, strength: null };
        byTopic.set(id, t);
      }
      t.sentences.push(s.index);
      t.chars += len;
      if (t.strength === null || strengthRank(s.strength) > strengthRank(t.strength)) t.strength = s.strength;
    }
    before += len;
  }
  return byTopic;
}

/** Why a side has no mention of a topic, from what kind of text it is. */
export function absenceReason(side: SideAnalysis): AbsenceReason {
  if (side.completeness === 'missing') return 'readout-missing';
  return side.completeness === 'excerpt' ? 'not-in-excerpt' : 'omitted';
}

function heavierSide(shares: [number, number], config: CoverageConfig): 0 | 1 | null {
  const [a, b] = shares;
  if (a === 0 || b === 0) return null;
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  if (hi - lo < config.heavierMinGap || hi < lo * config.heavierRatio) return null;
  return a > b ? 0 : 1;
}

/** One-sided, or "possibly both" when the silent side (with a text) has a candidate sentence. */
function statusOf(
  present: [boolean, boolean],
  candidates: [number[], number[]],
  sides: readonly SideAnalysis[],
) {
  if (present[0] && present[1]) return 'both';
  const silent = present[0] ? 1 : 0;
  const hasText = sides[silent]?.completeness !== 'missing';
  if (hasText && (candidates[silent]?.length ?? 0) > 0) return 'possibly-both';
  return present[0] ? 'only-a' : 'only-b';
}

/**
 * Coverage of every topic mentioned by either side: sentence counts, shares of each side's characters,
 * relative position of the first mention, the strongest wording, status with its evidence, why a side is
 * silent, and which side weighs it more (only when the texts are comparable). Topics come in lexicon order
 * (unknown ids last), so meetings read alike.
 */
export function computeCoverage(
  a: SideAnalysis,
  b: SideAnalysis,
  lexicon: CompiledLexicon,
  config: CoverageConfig = defaultCoverageConfig,
): TopicCoverage[] {
  const tallies = [tally(a, lexicon), tally(b, lexicon)] as const;
  const order = new Map(lexicon.topics.map((t, i) => [t.id, i]));
  const ids = [...new Set([...tallies[0].keys(), ...tallies[1].keys()])].sort(
    (x, y) => (order.get(x) ?? order.size) - (order.get(y) ?? order.size) || byCodeUnits(x, y),
  );
  const sides = [a, b] as const;
  const comparable = isComparable(a, b, config);
  const checked = checkedTopics(sides, lexicon);
  return ids.map((id): TopicCoverage => {
    const t = [tallies[0].get(id), tallies[1].get(id)] as const;
    const shares: [number, number] = [0, 1].map((i) => {
      const chars = sides[i]?.chars ?? 0;
      return chars > 0 ? (t[i]?.chars ?? 0) / chars : 0;
    }) as [number, number];
    const firstPosition = [0, 1].map((i) => {
      const first = t[i]?.firstOffset;
      const chars = sides[i]?.chars ?? 0;
      return first === undefined || first === null ? null : chars > 0 ? first / chars : 0;
    }) as [number | null, number | null];
    const sentences: [number[], number[]] = [t[0]?.sentences ?? [], t[1]?.sentences ?? []];
    const found = [t[0] ? null : candidatesOn(a, id, lexicon), t[1] ? null : candidatesOn(b, id, lexicon)];
    const candidates: [number[], number[]] = [found[0]?.sentences ?? [], found[1]?.sentences ?? []];
    const status: TopicStatus = statusOf([Boolean(t[0]), Boolean(t[1])], candidates, sides);
    const coverage: TopicCoverage = {
      id,
      counts: [sentences[0].length, sentences[1].length],
      shares,
      firstPosition,
      strength: [t[0]?.strength ?? null, t[1]?.strength ?? null],
      status,
      absence: [t[0] ? null : absenceReason(a), t[1] ? null : absenceReason(b)],
      heavier: status === 'both' && comparable ? heavierSide(shares, config) : null,
      sentences,
      evidence: { sentences, candidates, cues: [found[0]?.cues ?? [], found[1]?.cues ?? []] },
      wording: status === 'both' ? wordingContrast(sides, sentences) : null,
    };
    if (checked.has(id)) coverage.checked = true;
    return coverage;
  });
}
