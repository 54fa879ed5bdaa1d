import { lexiconSources, meetings } from 'virtual:readouts';
import { lexiconFromSources } from '../../core/lexicon/compile-lexicon';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { AppData } from './app-data';

/*
 * The shipped corpus with its texts and the lexicon, validated at build time by the readouts plugin (so no yaml
 * or zod reaches the browser). The app loads this module on demand (see corpus-source.ts); the first page uses
 * the light index instead. The lexicon comes compiled to regex sources by the build (the pattern syntax is most
 * of the compile cost); its regexes are built once per page load and reused for every text.
 */

let compiled: CompiledLexicon | null = null;

export function corpusLexicon(): CompiledLexicon {
  compiled ??= lexiconFromSources(lexiconSources);
  return compiled;
}

export function corpusData(): AppData {
  return { meetings, lexicon: corpusLexicon() };
}
