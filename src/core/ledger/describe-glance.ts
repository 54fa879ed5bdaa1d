import type { Lang, Side } from '../model';
import { LEDGER_LABELS, sideNames } from './ledger-labels';
import type { GlanceSide, PhraseGlanceItem } from './phrase-glance';

/*
 * One glance item as a sentence for the reader and the exports: "The Chinese side says “一个中国原则”; the US
 * side, “one China policy” (not equivalent)." Words are quoted as written; the caller escapes for its format.
 */

function quoted(side: GlanceSide, lang: Lang): string {
  const words = side.words.map((w) => `“${w}”`).join(lang === 'zh' ? '、' : ', ');
  const rejected = side.forms.length > 0 && side.forms.every((f) => f.stance === 'rejects');
  if (!rejected) return words;
  const label = LEDGER_LABELS[lang].rejected;
  return lang === 'zh' ? `${words}（${label}）` : `${words} (${label})`;
}

export function describeGlance(
  item: PhraseGlanceItem,
  parties: readonly [Side | null, Side | null],
  lang: Lang,
): string {
  const labels = LEDGER_LABELS[lang];
  const byCountry = parties[0] !== null && parties[1] !== null && parties[0] !== parties[1];
  const [nameA, nameB] = sideNames(parties, lang).map((n) => (lang === 'en' && byCountry ? `the ${n}` : n));
  const first: 0 | 1 = item.kind === 'only-b' ? 1 : 0;
  const second: 0 | 1 = first === 0 ? 1 : 0;
  const names = [nameA, nameB];
  const silentReason = item.absence[second];
  const other = item.sides[second].words.length > 0 ? quoted(item.sides[second], lang) : null;
  const note = [
    ...(item.nonEquivalent && other ? [labels.notEquivalent] : []),
    ...(!other && silentReason ? [labels.absence[silentReason]] : []),
  ];
  if (lang === 'zh') {
    const tail = other ? `${names[second]}说${other}` : `${names[second]}${labels.notUsed}`;
    const paren = note.length > 0 ? `（${note.join('，')}）` : '';
    return `${names[first]}说${quoted(item.sides[first], lang)}，${tail}${paren}。`;
  }
  const tail = other ? `${names[second]}, ${other}` : `${names[second]} ${labels.notUsed}`;
  const paren = note.length > 0 ? ` (${note.join('; ')})` : '';
  const sentence = `${names[first]} ${labels.says} ${quoted(item.sides[first], lang)}; ${tail}${paren}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
