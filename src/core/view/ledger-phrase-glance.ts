import type { AbsenceReason } from '../compare/types';
import { describeGlance } from '../ledger/describe-glance';
import type { MeetingLedger } from '../ledger/meeting-ledger';
import type { PhrasesData } from '../ledger/phrase-data';
import type { Bilingual, Lang, Side } from '../model';
import { sentenceIndexAt } from './ledger-quote';

/*
 * The set phrases' section of the glance: the phrases both sides use but word differently, each as the
 * sentence describe-glance makes ("The Chinese side says “一个中国原则”; the US side, “one China policy” (not
 * equivalent)."), and the phrases only one side uses, grouped per side so the section stays a few lines.
 */

export interface PhraseNote {
  form: Bilingual;
  note: Bilingual;
}

export interface DifferentPhrase {
  id: string;
  label: Bilingual;
  /** The glance sentence in the UI language. */
  text: string;
  nonEquivalent: boolean;
  why: Bilingual;
  /** The non-equivalence notes of the forms used. */
  notes: PhraseNote[];
  /** The first sentence of each side that uses the phrase. */
  sentences: [number | null, number | null];
}

export interface OneSidedPhrase {
  id: string;
  label: Bilingual;
  /** The words as written. */
  words: string[];
  sentence: number | null;
  /** Used only to be refused (所谓, "so-called"). */
  rejected: boolean;
}

export interface PhraseGlanceView {
  different: DifferentPhrase[];
  /** Phrases only side i uses. */
  only: [OneSidedPhrase[], OneSidedPhrase[]];
  /** Why the other side has none of side i's phrases (from the first of them). */
  silence: [AbsenceReason | null, AbsenceReason | null];
  /** Every phrase found in either text. */
  found: number;
}

export function phraseGlanceView(ledger: MeetingLedger, data: PhrasesData, lang: Lang): PhraseGlanceView {
  const parties: [Side | null, Side | null] = [ledger.sides[0].side, ledger.sides[1].side];
  const view: PhraseGlanceView = { different: [], only: [[], []], silence: [null, null], found: 0 };
  view.found = ledger.phrases.length;
  for (const item of ledger.glance) {
    const result = ledger.phrases.find((p) => p.id === item.id);
    const phrase = data.phrases.find((p) => p.id === item.id);
    if (!result || !phrase) continue;
    const firstSentence = (side: 0 | 1) => {
      const m = result.matches[side][0];
      return m ? (m.sentence ?? sentenceIndexAt(ledger, side, m.start)) : null;
    };
    if (item.kind === 'different') {
      const used = new Set([...item.sides[0].forms, ...item.sides[1].forms].map((f) => f.form));
      view.different.push({
        id: item.id,
        label: item.label,
        text: describeGlance(item, parties, lang),
        nonEquivalent: item.nonEquivalent,
        why: phrase.why,
        notes: phrase.forms.flatMap((f) =>
          used.has(f.id) && f.nonEquivalent ? [{ form: f.label, note: f.nonEquivalent }] : [],
        ),
        sentences: [firstSentence(0), firstSentence(1)],
      });
      continue;
    }
    const side: 0 | 1 = item.kind === 'only-a' ? 0 : 1;
    const other: 0 | 1 = side === 0 ? 1 : 0;
    view.only[side].push({
      id: item.id,
      label: item.label,
      words: item.sides[side].words,
      sentence: firstSentence(side),
      rejected: item.sides[side].forms.every((f) => f.stance === 'rejects'),
    });
    view.silence[side] ??= item.absence[other];
  }
  return view;
}
