import type { Meeting, ReadoutText } from '../model';

/*
 * The same side's text in the other language, for the copy-ready ledger's evidence "in both languages": a
 * translation of the text, the original it translates, or another rendering of that original. Null when the
 * meeting has none (never a machine translation made up here).
 */
export function otherLanguageText(meeting: Meeting, text: ReadoutText | null): ReadoutText | null {
  if (!text) return null;
  const root = text.translationOf ?? text.id;
  const candidates = meeting.readouts.filter((t) => t.side === text.side && t.lang !== text.lang);
  return (
    candidates.find((t) => t.translationOf === text.id) ??
    candidates.find((t) => t.id === root) ??
    candidates.find((t) => t.translationOf === root) ??
    null
  );
}
