/**
 * Language for ingestion: the engine's `detectLang` decides, our small guess says how sure it is
 * (the UI asks the reader to check the language when it is not).
 */
import { detectLang } from '../text/detect-lang';
import { guessLang, type LangGuess } from './guess-lang';

export function detectLangGuess(text: string): LangGuess {
  const lang = detectLang(text);
  const guess = guessLang(text);
  if (lang === null) return { lang: guess.lang, confident: false };
  return { lang, confident: guess.confident && guess.lang === lang };
}
