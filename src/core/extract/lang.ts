/**
 * The text's language, by the same measure readouts:check applies (Chinese characters against Latin
 * letters), so an extracted text is never refused by the check for its language. A clear majority is a fact
 * of the text; a close call is a guess.
 */
import type { Lang } from '../model';
import type { Found } from './types';

export function detectLang(text: string): Found<Lang> {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const value: Lang = han > latin / 3 ? 'zh' : 'en';
  // Decisive when one script dominates by characters weighted as in proseWeight (a Han ≈ three letters).
  const ratio = (han * 3) / Math.max(han * 3 + latin, 1);
  const guessed = ratio > 0.2 && ratio < 0.8;
  return { value, guessed, from: 'text' };
}
