import type { Completeness, Lang, Meeting, ReadoutKind, Side, Translator } from '../model';
import { textsOfSide } from './text-choice';

/* What the meeting list says about each side: which texts exist (kind, language, excerpt) or that it is missing. */

export interface TextSummary {
  id: string;
  kind: ReadoutKind;
  lang: Lang;
  completeness: Completeness;
  translator: Translator['type'] | null;
}

export type SideSummary =
  | { side: Side; present: true; texts: TextSummary[] }
  | { side: Side; present: false };

export function sideSummary(meeting: Meeting, side: Side): SideSummary {
  const texts = textsOfSide(meeting, side);
  if (texts.length === 0) return { side, present: false };
  return {
    side,
    present: true,
    texts: texts.map((t) => ({
      id: t.id,
      kind: t.kind,
      lang: t.lang,
      completeness: t.completeness,
      translator: t.translator?.type ?? null,
    })),
  };
}
