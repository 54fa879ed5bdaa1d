import type { Lang, ReadoutText, Side } from '../model';

/*
 * What a readout text is, as the reader should be told. The corpus model knows originals and translations;
 * a "translation" by an outlet into the issuer's own language is no translation: it is the outlet's account
 * of the text, partly in its own words (a Chinese outlet retelling a Chinese ministry's release) — a
 * paraphrase, 转述. Derived from the data, so the corpus needs no new field.
 */

export type TextKind =
  | 'original'
  /** An outlet's retelling in the issuer's own language. */
  | 'paraphrase'
  /** An outlet's translation into the other language. */
  | 'outlet-translation'
  /** The project's own unofficial translation. */
  | 'project-translation'
  /** A translation whose translator is not recorded. */
  | 'translation';

/** The language each side issues its readouts in. */
const ISSUER_LANG: Record<Side, Lang> = { cn: 'zh', us: 'en' };

export function textKind(text: Pick<ReadoutText, 'kind' | 'lang' | 'side' | 'translator'>): TextKind {
  if (text.kind === 'original') return 'original';
  const { translator } = text;
  if (translator?.type === 'project') return 'project-translation';
  if (translator?.type === 'outlet')
    return text.lang === ISSUER_LANG[text.side] ? 'paraphrase' : 'outlet-translation';
  return 'translation';
}
