import type { CompareInput } from '../compare/types';
import type { Lang, Meeting, MissingReadout, ReadoutText, Side } from '../model';

/*
 * Which text of each side the reader shows. By default each side's text in the reader's language where one
 * exists (the official text first, then an outlet's rendering, then the project's translation), else the text
 * closest to the official one; "closest to the official texts" takes each side's original; "both in one
 * language" picks a text per side in the same language, which makes a word-level diff possible.
 */

export const SIDES: readonly Side[] = ['cn', 'us'];

export type TextChoice = Record<Side, string | null>;

const NATIVE: Record<Side, Lang> = { cn: 'zh', us: 'en' };

/** Closeness to the official text: the original, then an outlet's rendering, then the project's translation. */
function rank(text: ReadoutText): number {
  const kind = text.kind === 'original' ? 0 : text.translator?.type === 'project' ? 4 : 2;
  return kind + (text.lang === NATIVE[text.side] ? 0 : 1);
}

/**
 * Between texts of the same standing (same kind, translator and language), the most complete: a full text
 * before an excerpt, then the longer one (outlets quote different amounts of the same readout).
 */
function byCompleteness(x: ReadoutText, y: ReadoutText): number {
  const full = (t: ReadoutText) => (t.completeness === 'full' ? 0 : 1);
  return full(x) - full(y) || y.text.length - x.text.length;
}

/**
 * A side's texts, closest to the official text first: originals, then outlets' renderings, then the project's
 * own translations (the side's own language first on a tie), and the most complete text within each group.
 */
export function textsOfSide(meeting: Meeting, side: Side): ReadoutText[] {
  return meeting.readouts
    .filter((t) => t.side === side)
    .sort((x, y) => rank(x) - rank(y) || byCompleteness(x, y));
}

export function missingOfSide(meeting: Meeting, side: Side): MissingReadout | null {
  return meeting.missing.find((m) => m.side === side) ?? null;
}

/** The text closest to the official one: the original, else the most complete rendering. */
export function defaultTextOf(meeting: Meeting, side: Side): ReadoutText | null {
  return textsOfSide(meeting, side)[0] ?? null;
}

/** Each side's text closest to the official one (the meeting list's comparisons are made on these). */
export function defaultChoice(meeting: Meeting): TextChoice {
  return { cn: defaultTextOf(meeting, 'cn')?.id ?? null, us: defaultTextOf(meeting, 'us')?.id ?? null };
}

/**
 * What a reader whose UI is in `lang` sees first: per side, its text in that language (official, then an
 * outlet's rendering, then the project's translation — each labelled as such on the page), else the text
 * closest to the official one.
 */
export function readerChoice(meeting: Meeting, lang: Lang): TextChoice {
  const pick = (side: Side) => (textInLang(meeting, side, lang) ?? defaultTextOf(meeting, side))?.id ?? null;
  return { cn: pick('cn'), us: pick('us') };
}

function textInLang(meeting: Meeting, side: Side, lang: Lang): ReadoutText | null {
  return textsOfSide(meeting, side).find((t) => t.lang === lang) ?? null;
}

/** Languages in which both sides have a text (so "both in one language" can be offered). */
export function sameLanguageOptions(meeting: Meeting): Lang[] {
  return (['zh', 'en'] as const).filter((lang) =>
    SIDES.every((side) => textInLang(meeting, side, lang) !== null),
  );
}

/** One text per side in `lang`, preferring originals; null when a side has no text in that language. */
export function sameLanguageChoice(meeting: Meeting, lang: Lang): TextChoice | null {
  const cn = textInLang(meeting, 'cn', lang);
  const us = textInLang(meeting, 'us', lang);
  return cn && us ? { cn: cn.id, us: us.id } : null;
}

/** The language shared by the chosen texts, or null when they differ or a side has none. */
export function sharedLanguage(meeting: Meeting, choice: TextChoice): Lang | null {
  const cn = findText(meeting, choice.cn);
  const us = findText(meeting, choice.us);
  return cn && us && cn.lang === us.lang ? cn.lang : null;
}

export function findText(meeting: Meeting, id: string | null): ReadoutText | null {
  if (id === null) return null;
  return meeting.readouts.find((t) => t.id === id) ?? null;
}

/**
 * Keeps a stored or linked choice only where it still names a text of the right side; fills gaps with
 * `fallback` (by default the texts closest to the official ones).
 */
export function normaliseChoice(
  meeting: Meeting,
  choice: Partial<TextChoice>,
  fallback: TextChoice = defaultChoice(meeting),
): TextChoice {
  const valid = (side: Side) => {
    const text = findText(meeting, choice[side] ?? null);
    return text && text.side === side ? text.id : fallback[side];
  };
  return { cn: valid('cn'), us: valid('us') };
}

/** The engine input for one side: the chosen text, or an empty `missing` input. */
export function compareInputOf(text: ReadoutText | null, side: Side): CompareInput {
  if (!text) return { text: '', side, completeness: 'missing', label: `${side}-missing` };
  return { text: text.text, lang: text.lang, side, completeness: text.completeness, label: text.id };
}

export function sameChoice(x: TextChoice, y: TextChoice | null): boolean {
  return y !== null && x.cn === y.cn && x.us === y.us;
}
