/**
 * Language for ingestion, from the project's one detector: English when the text gives nothing to go on, and
 * whether the reading is confident (the UI asks the reader to check the language when it is not).
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
