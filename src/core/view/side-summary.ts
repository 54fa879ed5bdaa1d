import type { Completeness, Lang, ReadoutKind, ReadoutText, Translator } from '../model';
import { type TextKind, textKind } from './text-kind';

/* What the meeting list says about each text of a side: kind, language, excerpt (never the text itself). */

export interface TextSummary {
  id: string;
  kind: ReadoutKind;
  lang: Lang;
  completeness: Completeness;
  translator: Translator['type'] | null;
  /** What the text is for a reader (an outlet's retelling in the issuer's language is a paraphrase). */
  textKind: TextKind;
}

export function textSummary(text: ReadoutText): TextSummary {
  return {
    id: text.id,
    kind: text.kind,
    lang: text.lang,
    completeness: text.completeness,
    translator: text.translator?.type ?? null,
    textKind: textKind(text),
  };
}
