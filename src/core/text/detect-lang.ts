import type { Lang } from '../model';

const LATIN_WORD = /[A-Za-z\u00c0-\u024f]+(?:['’-][A-Za-z]+)*/g;

/**
 * Tells a Chinese readout from an English one. A Chinese word averages about 1.7 characters, so Han
 * characters are weighed against Latin words at that rate: Chinese text that names officials in Latin
 * letters, or English text quoting a Chinese phrase, still lands on its own side. Null when the text has
 * neither Han characters nor Latin words.
 */
export function detectLang(text: string): Lang | null {
  // Counted, not matched into arrays: a long Chinese text would make one string per character.
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
  }
  let words = 0;
  LATIN_WORD.lastIndex = 0;
  while (LATIN_WORD.exec(text)) words++;
  if (han === 0 && words === 0) return null;
  return han / 1.7 >= words ? 'zh' : 'en';
}
