import { atmosphereFamily } from '../compare/atmospherics';
import type { SideAnalysis } from '../compare/types';

/*
 * The words each side uses for the talks (坦诚, "candid", 建设性, "constructive"), set side by side: one row
 * per family of ids (坦诚 may be rendered "candid" or "frank"), each side's words as written.
 */

export interface AtmosphericsRow {
  /** The family id, e.g. `candid` (also covering `frank`). */
  id: string;
  words: [string[], string[]];
}

/** Rows in order of first use (the Chinese side first), words deduplicated. */
export function atmosphericsRows(a: SideAnalysis, b: SideAnalysis): AtmosphericsRow[] {
  const rows = new Map<string, AtmosphericsRow>();
  const add = (side: 0 | 1, id: string, word: string) => {
    const family = atmosphereFamily(id);
    let row = rows.get(family);
    if (!row) {
      row = { id: family, words: [[], []] };
      rows.set(family, row);
    }
    if (!row.words[side].includes(word)) row.words[side].push(word);
  };
  for (const hit of a.atmospherics) add(0, hit.id, hit.word);
  for (const hit of b.atmospherics) add(1, hit.id, hit.word);
  return [...rows.values()];
}
