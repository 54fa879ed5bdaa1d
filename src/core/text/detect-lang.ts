import type { Lang } from '../model';

const LATIN_WORD = /[A-Za-z\u00c0-\u024f]{2,}(?:['’-][A-Za-z]+)*/g; // a lone letter (G20's G) is no word
/** Longer texts are judged on their first part: a readout does not change language halfway. */
const SAMPLE = 20_000;

/** What the text says of its language: Chinese or English, and whether that is clear or a close call. */
export interface LangReading {
  /** Null when the text has neither Han characters nor Latin words. */
  lang: Lang | null;
  /** False for a close call (or nothing to go on): the UI asks the reader to check. */
  confident: boolean;
}

/**
 * The project's one language detector (engine, ingestion, page extraction and the corpus check all ask it).
 * A Chinese word averages about 1.7 characters, so Han characters are weighed against Latin words at that
 * rate: Chinese text that names officials in Latin letters, or English text quoting a Chinese phrase, still
 * lands on its own side. A reading is confident when one side leads by 30 % of the weighed total.
 */
export function readLang(text: string): LangReading {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Counted, not matched into arrays: a long Chinese text would make one string per character.
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
  }
  let words = 0;
  LATIN_WORD.lastIndex = 0;
  while (LATIN_WORD.exec(sample)) words++;
  if (han === 0 && words === 0) return { lang: null, confident: false };
  const weighed = han / 1.7;
  const total = weighed + words;
  return {
    lang: weighed >= words ? 'zh' : 'en',
    confident: total >= 2 && Math.abs(weighed - words) / total >= 0.3,
  };
}

/** Chinese or English, or null when the text has neither Han characters nor Latin words. */
export function detectLang(text: string): Lang | null {
  return readLang(text).lang;
}
