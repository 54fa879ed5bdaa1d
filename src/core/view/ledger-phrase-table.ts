import type { MeetingLedger } from '../ledger/meeting-ledger';
import type { PhrasesData } from '../ledger/phrase-data';
import type { Bilingual } from '../model';
import { sentenceIndexAt } from './ledger-quote';

/*
 * Every set phrase found in either text of a meeting, as the ledger panel's table lists them: per side, the
 * words as written (distinct), each with its form, whether that form is not equivalent or refused, and the
 * sentence to open.
 */

export interface PhraseWordsView {
  words: string;
  form: Bilingual;
  nonEquivalent: boolean;
  rejected: boolean;
  sentence: number | null;
}

export interface PhraseRowView {
  id: string;
  label: Bilingual;
  why: Bilingual;
  sides: [PhraseWordsView[], PhraseWordsView[]];
}

export function phraseTable(
  ledger: MeetingLedger,
  data: PhrasesData,
  texts: readonly [string, string],
): PhraseRowView[] {
  return ledger.phrases.flatMap((result) => {
    const phrase = data.phrases.find((p) => p.id === result.id);
    if (!phrase) return [];
    const side = (i: 0 | 1): PhraseWordsView[] => {
      const out: PhraseWordsView[] = [];
      for (const m of result.matches[i]) {
        const words = texts[i].slice(m.start, m.end);
        const rejected = m.rejected === true;
        if (out.some((w) => w.words === words && w.rejected === rejected)) continue;
        const form = phrase.forms.find((f) => f.id === m.form);
        out.push({
          words,
          form: form?.label ?? phrase.label,
          nonEquivalent: m.nonEquivalent === true,
          rejected,
          sentence: m.sentence ?? sentenceIndexAt(ledger, i, m.start),
        });
      }
      return out;
    };
    return [{ id: result.id, label: phrase.label, why: phrase.why, sides: [side(0), side(1)] }];
  });
}
