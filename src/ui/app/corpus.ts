import { lexicon as lexiconData, meetings } from 'virtual:readouts';
import { compileLexicon } from '../../core/lexicon/compile-lexicon';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { AppData } from './app-data';

/*
 * The shipped corpus, validated at build time by the readouts plugin (so no yaml or zod reaches the browser).
 * The lexicon is compiled once per page load: its regexes are reused for every text.
 */

let compiled: CompiledLexicon | null = null;

export function corpusLexicon(): CompiledLexicon {
  compiled ??= compileLexicon(lexiconData);
  return compiled;
}

export function corpusData(): AppData {
  return { meetings, lexicon: corpusLexicon() };
}
