import type { Lang } from '../model';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z\u00c0-\u024f]+(?:['’-][A-Za-z]+)*/g;

/**
 * Tells a Chinese readout from an English one. A Chinese word averages about 1.7 characters, so Han
 * characters are weighed against Latin words at that rate: Chinese text that names officials in Latin
 * letters, or English text quoting a Chinese phrase, still lands on its own side. Null when the text has
 * neither Han characters nor Latin words.
 */
export function detectLang(text: string): Lang | null {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && words === 0) return null;
  return han / 1.7 >= words ? 'zh' : 'en';
}
