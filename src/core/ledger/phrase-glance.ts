import { absenceReason } from '../compare/coverage';
import type { AbsenceReason, SideAnalysis } from '../compare/types';
import type { Bilingual } from '../model';
import type { PhraseResult } from './match-phrases';
import type { PhrasesData } from './phrase-data';

/*
 * The glance over set phrases: those one side uses and the other renders differently or not at all ("the
 * Chinese side says 一个中国原则, the US side 'one China policy'"). Two sides using the same forms the same way
 * (both "uses", or both "rejects") agree and are left out.
 */

export type PhraseStance = 'uses' | 'rejects';

export interface GlanceSide {
  /** Forms found on this side: `uses` when at least one match is not a refusal, else `rejects`. */
  forms: { form: string; stance: PhraseStance }[];
  /** The words as written, distinct, in text order. */
  words: string[];
}

export interface PhraseGlanceItem {
  id: string;
  label: Bilingual;
  kind: 'different' | 'only-a' | 'only-b';
  sides: [GlanceSide, GlanceSide];
  /** A form on either side does not say what the phrase's reference form says. */
  nonEquivalent: boolean;
  /** For a one-sided phrase, why the other side has none: left out, not in the excerpt, no readout. */
  absence: [AbsenceReason | null, AbsenceReason | null];
}

function glanceSide(result: PhraseResult, i: 0 | 1, text: string): GlanceSide {
  const stances = new Map<string, PhraseStance>();
  const words: string[] = [];
  for (const m of result.matches[i]) {
    if (!m.rejected || !stances.has(m.form)) stances.set(m.form, m.rejected ? 'rejects' : 'uses');
    const word = text.slice(m.start, m.end);
    if (!words.includes(word)) words.push(word);
  }
  return { forms: [...stances].map(([form, stance]) => ({ form, stance })), words };
}

const signature = (side: GlanceSide) =>
  side.forms
    .map((f) => `${f.form}:${f.stance}`)
    .sort()
    .join(',');

export function phraseGlance(
  results: readonly PhraseResult[],
  data: PhrasesData,
  texts: readonly [string, string],
  sides: readonly [SideAnalysis, SideAnalysis],
): PhraseGlanceItem[] {
  const nonEquivalent = new Map<string, Set<string>>(
    data.phrases.map((p) => [p.id, new Set(p.forms.filter((f) => f.nonEquivalent).map((f) => f.id))]),
  );
  const items: PhraseGlanceItem[] = [];
  for (const result of results) {
    const a = glanceSide(result, 0, texts[0]);
    const b = glanceSide(result, 1, texts[1]);
    if (signature(a) === signature(b)) continue;
    const kind = b.forms.length === 0 ? 'only-a' : a.forms.length === 0 ? 'only-b' : 'different';
    const odd = nonEquivalent.get(result.id) ?? new Set<string>();
    items.push({
      id: result.id,
      label: result.label,
      kind,
      sides: [a, b],
      nonEquivalent: [...a.forms, ...b.forms].some((f) => odd.has(f.form)),
      absence: [
        kind === 'only-b' ? absenceReason(sides[0]) : null,
        kind === 'only-a' ? absenceReason(sides[1]) : null,
      ],
    });
  }
  return items;
}
