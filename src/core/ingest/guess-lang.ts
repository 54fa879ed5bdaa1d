/**
 * A small language guess for one readout (Chinese or English), used until / unless the engine's
 * `detectLang` is available. Han characters against Latin words: a Chinese readout quotes a few Latin
 * acronyms (APEC, G20), an English one rarely any Han.
 */
import type { Lang } from '../model';

export interface LangGuess {
  lang: Lang;
  /** False when the text is mostly neither script, or the two are close. */
  confident: boolean;
}

export function guessLang(text: string): LangGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // A Chinese word averages about 1.7 characters (the engine's detectLang weighs them the same way).
  const han = (sample.match(/\p{Script=Han}/gu)?.length ?? 0) / 1.7;
  const latinWords = sample.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  const total = han + latinWords;
  if (total === 0) return { lang: 'en', confident: false };
  const lang: Lang = han >= latinWords ? 'zh' : 'en';
  const margin = Math.abs(han - latinWords) / total;
  return { lang, confident: total >= 2 && margin >= 0.3 };
}
