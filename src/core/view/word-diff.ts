import type { Comparison } from '../compare/types';
import type { Lang, Meeting, Side } from '../model';
import { findText, SIDES, sameLanguageOptions, type TextChoice, textsOfSide } from './text-choice';
import { otherVersions } from './version-diff';

/*
 * Whether "show word differences" can mark anything on the texts shown, and if not, why, with what the reader
 * can do instead: the reader says so rather than offering a switch that marks nothing.
 */

export type WordDiffState =
  /** Both texts in one language and at least one row pairs sentences: the switch works. */
  | { kind: 'ready' }
  /** One language, but no sentence of one text pairs with one of the other; `versions`: sides with another
   * version in the same language, whose versions diff the reader can open instead. */
  | { kind: 'no-pairs'; versions: Side[] }
  /** The texts shown differ in language; both sides have texts in `languages`. */
  | { kind: 'choose-language'; languages: Lang[] }
  /** The two sides exist only in two different languages (e.g. a pasted Chinese and English pair). */
  | { kind: 'two-languages'; langs: [Lang, Lang] }
  /** A side has no text. */
  | { kind: 'one-side' };

export function wordDiffState(
  meeting: Meeting,
  choice: TextChoice,
  comparison: Pick<Comparison, 'alignment' | 'diffs'> | null,
): WordDiffState {
  const cn = findText(meeting, choice.cn);
  const us = findText(meeting, choice.us);
  if (!cn || !us) return { kind: 'one-side' };
  if (cn.lang !== us.lang) {
    const languages = sameLanguageOptions(meeting);
    return languages.length > 0
      ? { kind: 'choose-language', languages }
      : { kind: 'two-languages', langs: [cn.lang, us.lang] };
  }
  // Until the comparison is ready the switch is offered: it applies as soon as rows exist.
  if (!comparison || comparison.alignment.some((row) => row.kind === 'pair')) return { kind: 'ready' };
  const versions = SIDES.filter((side) => {
    const shown = side === 'cn' ? cn : us;
    return otherVersions(textsOfSide(meeting, side), shown).length > 0;
  });
  return { kind: 'no-pairs', versions };
}
