import type { AbsenceReason } from '../compare/types';
import type { MeetingLedger } from '../ledger/meeting-ledger';
import type { PhrasesData } from '../ledger/phrase-data';
import type { Bilingual } from '../model';
import { sentenceIndexAt } from './ledger-quote';
import type { Decoration } from './render-segments';

/*
 * Set phrases as marks in the reader: one decoration per match (distinct from topic marks), and for each the
 * words of its toggletip — the phrase, the form used here, how the other side words it (or why it does not),
 * and the non-equivalence note.
 */

export interface PhraseFormView {
  id: string;
  label: Bilingual;
  /** Why this form does not say what the phrase's reference form says; null when it does. */
  nonEquivalent: Bilingual | null;
}

export interface PhraseMarkInfo {
  /** Unique on the page: side, phrase and offset. */
  markId: string;
  side: 0 | 1;
  start: number;
  end: number;
  sentence: number | null;
  phraseId: string;
  label: Bilingual;
  why: Bilingual;
  form: PhraseFormView;
  /** The words as written. */
  words: string;
  /** Named to be refused (所谓, "so-called", "does not seek"). */
  rejected: boolean;
  /** The other side's words for the same phrase (distinct, in text order), with their forms. */
  other: { words: string[]; forms: PhraseFormView[]; sentence: number | null };
  /** Why the other side has none, when it has none. */
  otherAbsence: AbsenceReason | null;
}

export interface PhraseMarks {
  /** Decorations for `renderSegments`, per side. */
  decorations: [Decoration[], Decoration[]];
  byId: ReadonlyMap<string, PhraseMarkInfo>;
}

export const NO_PHRASE_MARKS: PhraseMarks = { decorations: [[], []], byId: new Map() };

export function phraseMarks(
  ledger: MeetingLedger,
  data: PhrasesData,
  texts: readonly [string, string],
): PhraseMarks {
  const decorations: [Decoration[], Decoration[]] = [[], []];
  const byId = new Map<string, PhraseMarkInfo>();
  for (const result of ledger.phrases) {
    const phrase = data.phrases.find((p) => p.id === result.id);
    if (!phrase) continue;
    const formOf = (id: string): PhraseFormView => {
      const form = phrase.forms.find((f) => f.id === id);
      return { id, label: form?.label ?? phrase.label, nonEquivalent: form?.nonEquivalent ?? null };
    };
    const glance = ledger.glance.find((g) => g.id === result.id);
    for (const side of [0, 1] as const) {
      const otherSide = side === 0 ? 1 : 0;
      const theirs = result.matches[otherSide];
      const otherWords: string[] = [];
      const otherForms: PhraseFormView[] = [];
      for (const m of theirs) {
        const w = texts[otherSide].slice(m.start, m.end);
        if (!otherWords.includes(w)) otherWords.push(w);
        if (!otherForms.some((f) => f.id === m.form)) otherForms.push(formOf(m.form));
      }
      const first = theirs[0];
      const other = {
        words: otherWords,
        forms: otherForms,
        sentence: first ? (first.sentence ?? sentenceIndexAt(ledger, otherSide, first.start)) : null,
      };
      for (const m of result.matches[side]) {
        const markId = `${side}:${result.id}:${m.start}`;
        decorations[side].push({ kind: 'phrase', start: m.start, end: m.end, markId });
        byId.set(markId, {
          markId,
          side,
          start: m.start,
          end: m.end,
          sentence: m.sentence ?? sentenceIndexAt(ledger, side, m.start),
          phraseId: result.id,
          label: phrase.label,
          why: phrase.why,
          form: formOf(m.form),
          words: texts[side].slice(m.start, m.end),
          rejected: m.rejected === true,
          other,
          otherAbsence: theirs.length === 0 ? (glance?.absence[otherSide] ?? null) : null,
        });
      }
    }
  }
  return { decorations, byId };
}

/**
 * Where the toggletips go among a sentence's leaf segments: after the last segment each phrase mark covers, by
 * segment index (a mark running past the sentence's end gets its tip after the sentence's last segment).
 */
export function tipPlacements(segments: readonly { phrases: readonly string[] }[]): Map<number, string[]> {
  const last = new Map<string, number>();
  segments.forEach((segment, i) => {
    for (const id of segment.phrases) last.set(id, i);
  });
  const out = new Map<number, string[]>();
  for (const [id, i] of last) out.set(i, [...(out.get(i) ?? []), id]);
  return out;
}
