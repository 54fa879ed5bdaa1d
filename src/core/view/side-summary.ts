import type { Completeness, Lang, ReadoutKind, ReadoutText, Translator } from '../model';

/* What the meeting list says about each text of a side: kind, language, excerpt (never the text itself). */

export interface TextSummary {
  id: string;
  kind: ReadoutKind;
  lang: Lang;
  completeness: Completeness;
  translator: Translator['type'] | null;
}

export function textSummary(text: ReadoutText): TextSummary {
  return {
    id: text.id,
    kind: text.kind,
    lang: text.lang,
    completeness: text.completeness,
    translator: text.translator?.type ?? null,
  };
}
