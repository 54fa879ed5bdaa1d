/*
 * Setup of the app's tests (components, browser IO, tools): the compare worker gets the corpus lexicon from the
 * page, as src/ui/app/compare-texts.ts gives it in the app, before any test compares a pasted pair.
 */
import { provideWorkerLexicon } from '../src/browser/compare-worker-client';
import { loadLexiconData } from '../src/ui/app/corpus';

provideWorkerLexicon(loadLexiconData);
