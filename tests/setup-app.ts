/*
 * Setup of the app's tests (components, browser IO, tools): the compare worker gets the corpus lexicon from the
 * page, as src/ui/app/compare-texts.ts gives it in the app, before any test compares a pasted pair.
 */
import { provideWorkerLexicon } from '../src/browser/compare-worker-client';
import { loadLexiconData } from '../src/ui/app/corpus';

provideWorkerLexicon(loadLexiconData);

/*
 * findBy…/waitFor wait up to 5 s for what they look for (Testing Library's default is 1 s): a component test must
 * not fail because a machine running the other checks beside it is slow to render. The wait ends as soon as the
 * element is there.
 */
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}
