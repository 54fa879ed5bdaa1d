import { meetings, topics } from 'virtual:readouts-index';
import type { AppData, AppSource } from './app-data';

/*
 * The shipped corpus as the first page gets it: the light index (built at build time, no texts and no lexicon
 * patterns) in the main bundle; the meetings with their texts and the compiled lexicon in a chunk of their own,
 * loaded when a page needs them (the reader, bring-your-own, a search in the texts).
 */

let full: AppData | null = null;
let loading: Promise<AppData> | null = null;

/** The full corpus and compiled lexicon; one load per page, shared by everything that asks. */
export function loadCorpus(): Promise<AppData> {
  loading ??= import('./corpus').then((m) => {
    full = m.corpusData();
    return full;
  });
  return loading;
}

const source: AppSource = {
  index: { meetings, topics },
  peek: () => full,
  load: loadCorpus,
};

export function corpusSource(): AppSource {
  return source;
}
