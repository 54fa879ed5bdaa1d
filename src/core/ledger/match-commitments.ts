import { absenceReason } from '../compare/coverage';
import type { AbsenceReason, SideAnalysis, Span } from '../compare/types';
import type { Bilingual, Side } from '../model';
import { runSteps, type Steps } from '../steps/steps';
import type { CompiledCommitments } from './compile-data';
import { negationCue } from './cues';
import { findSpans, type Span2 } from './pattern-set';
import { originalSpan, type TextContext } from './text-context';

/*
 * The commitments tracker for one meeting: every item of every list, looked for in both readouts. An item is
 * `listed` by a side when at least one of its wordings there is not negated; `negated` when every wording
 * found is reported as not given ("did not say it does not support …", 并未表示); else `absent`, with why.
 */

export type CommitmentStatus = 'listed' | 'negated' | 'absent';

export interface CommitmentMatch extends Span {
  /** Present when the words before say the assurance was not given. */
  negated?: true;
  cue?: Span;
  /** Index of the engine's sentence that holds the match (set by the ledger). */
  sentence?: number;
}

export interface CommitmentItemResult {
  id: string;
  label: Bilingual;
  status: [CommitmentStatus, CommitmentStatus];
  matches: [CommitmentMatch[], CommitmentMatch[]];
  /** Why a side does not list the item: left out, not in the excerpt, no readout; null where it is listed. */
  absence: [AbsenceReason | null, AbsenceReason | null];
}

export interface CommitmentListResult {
  id: string;
  by: Side;
  label: Bilingual;
  /** The comparison side whose issuer gives these assurances; null when neither side is `by`. */
  ownSide: 0 | 1 | null;
  items: CommitmentItemResult[];
  /** How many items each side lists. */
  listed: [number, number];
}

function matchesIn(regexes: readonly RegExp[], ctx: TextContext): CommitmentMatch[] {
  const kept: Span2[] = [];
  for (const span of findSpans(regexes, ctx.norm.text)) {
    if (!kept.some(([s, e]) => span[0] < e && s < span[1])) kept.push(span);
  }
  return kept.map(([start, end]) => {
    const at = originalSpan(ctx, start, end);
    const match: CommitmentMatch = { start: at.start, end: at.end };
    const cue = negationCue(ctx, start);
    if (cue) {
      match.negated = true;
      match.cue = originalSpan(ctx, cue[0], cue[1]);
    }
    return match;
  });
}

function statusOf(matches: readonly CommitmentMatch[]): CommitmentStatus {
  if (matches.length === 0) return 'absent';
  return matches.some((m) => !m.negated) ? 'listed' : 'negated';
}

/** The commitment lists in both texts; pauses after each list. */
export function* matchCommitmentsSteps(
  compiled: CompiledCommitments,
  contexts: readonly [TextContext, TextContext],
  sides: readonly [SideAnalysis, SideAnalysis],
): Steps<CommitmentListResult[]> {
  const out: CommitmentListResult[] = [];
  for (const [l, list] of compiled.data.lists.entries()) {
    const items = list.items.map((item, i): CommitmentItemResult => {
      const regexes = compiled.items[l]?.[i];
      const found = contexts.map((ctx) => (regexes ? matchesIn(regexes[ctx.lang], ctx) : [])) as [
        CommitmentMatch[],
        CommitmentMatch[],
      ];
      const status: [CommitmentStatus, CommitmentStatus] = [statusOf(found[0]), statusOf(found[1])];
      return {
        id: item.id,
        label: { en: item.label.en, zh: item.label.zh },
        status,
        matches: found,
        absence: [
          status[0] === 'listed' ? null : absenceReason(sides[0]),
          status[1] === 'listed' ? null : absenceReason(sides[1]),
        ],
      };
    });
    const own = sides.map((s) => s.side === list.by);
    out.push({
      id: list.id,
      by: list.by,
      label: { en: list.label.en, zh: list.label.zh },
      ownSide: own[0] && !own[1] ? 0 : own[1] && !own[0] ? 1 : null,
      items,
      listed: [
        items.filter((it) => it.status[0] === 'listed').length,
        items.filter((it) => it.status[1] === 'listed').length,
      ],
    });
    yield;
  }
  return out;
}

/** `matchCommitmentsSteps` run to the end. */
export function matchCommitments(
  compiled: CompiledCommitments,
  contexts: readonly [TextContext, TextContext],
  sides: readonly [SideAnalysis, SideAnalysis],
): CommitmentListResult[] {
  return runSteps(matchCommitmentsSteps(compiled, contexts, sides));
}
