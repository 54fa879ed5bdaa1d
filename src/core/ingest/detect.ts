/**
 * Language for ingestion, from the project's one detector (readLang): English when the text gives nothing to
 * go on, and whether the reading is confident (the UI asks the reader to check the language when it is not);
 * and the one check of a declared language against the text, which the app, the `compare` command and the
 * corpus loader all apply.
 */
import type { Lang } from '../model';
import { readLang } from '../text/detect-lang';

export interface LangGuess {
  lang: Lang;
  confident: boolean;
}

export function detectLangGuess(text: string): LangGuess {
  const { lang, confident } = readLang(text);
  return { lang: lang ?? 'en', confident: lang !== null && confident };
}

const HAN = /\p{Script=Han}/u;

/**
 * Why a declared language cannot be right for this text, or null. Lenient on purpose: only a Chinese text
 * without a single Han character, or an English one the detector confidently reads as Chinese (a Chinese
 * readout quoting English names is still Chinese, and the reverse).
 */
export function declaredLangProblem(lang: Lang, text: string): string | null {
  if (lang === 'zh' && !HAN.test(text)) return 'is "zh" but the text contains no Chinese characters';
  if (lang === 'en') {
    const reading = readLang(text);
    if (reading.lang === 'zh' && reading.confident) return 'is "en" but the text is mostly Chinese';
  }
  return null;
}
