/**
 * The extracted text's language, from the project's one detector (the one the engine, ingestion and the corpus
 * check use, so an extracted text is never refused for its language). A clear reading is a fact of the text; a
 * close call is a guess.
 */
import type { Lang } from '../model';
import { readLang } from '../text/detect-lang';
import type { Found } from './types';

export function detectLang(text: string): Found<Lang> {
  const { lang, confident } = readLang(text);
  return { value: lang ?? 'en', guessed: !confident || lang === null, from: 'text' };
}
