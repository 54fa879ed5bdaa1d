import { lexiconSources, meetings } from 'virtual:readouts';
import { type LexiconSources, lexiconFromSources } from '../../core/lexicon/compile-lexicon';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { AppData } from './app-data';

/*
 * The shipped corpus with its texts and the lexicon, validated at build time by the readouts plugin (so no yaml
 * or zod reaches the browser). The app loads this module on demand (see corpus-source.ts); the first page uses
 * the light index instead. The lexicon comes compiled to regex sources by the build (the pattern syntax is most
 * of the compile cost); its regexes are built once per page load and reused for every text, and only when a
 * text is tagged: a corpus meeting's comparisons come from the build, so opening one needs the topics alone.
 */

/** The lexicon with its topics at once and its regexes built on the first match (about 10 ms of work). */
function lazyLexicon(sources: LexiconSources): CompiledLexicon {
  let compiled: CompiledLexicon | null = null;
  const regexes = () => {
    compiled ??= lexiconFromSources(sources);
    return compiled;
  };
  return {
    topics: sources.topics,
    topicById: new Map(sources.topics.map((t) => [t.id, t])),
    matchTopics: (text, lang) => regexes().matchTopics(text, lang),
    matchRelated: (text, lang) => regexes().matchRelated(text, lang),
  };
}

let lexicon: CompiledLexicon | null = null;

export function corpusLexicon(): CompiledLexicon {
  lexicon ??= lazyLexicon(lexiconSources);
  return lexicon;
}

export function corpusData(): AppData {
  return { meetings, lexicon: corpusLexicon() };
}
