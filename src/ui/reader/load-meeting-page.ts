import { i18n } from '../../i18n';
import { corpusLexicon } from '../app/corpus';

let warmed = false;

/**
 * The engine compiles its phrase patterns on first use (about 100 ms on a slow machine). Once the reader chunk
 * is loaded ahead of a click, do that on idle with a two-sentence comparison, so the meeting opens at once.
 */
function warmUpEngine(compare: typeof import('../../core/compare/compare-readouts').compareReadouts): void {
  if (warmed) return;
  warmed = true;
  const run = () => {
    try {
      compare(
        { text: '中方表示，双方同意保持沟通。', lang: 'zh', side: 'cn' },
        { text: 'The Secretary said both sides agreed to maintain communication.', lang: 'en', side: 'us' },
        corpusLexicon(),
      );
    } catch {
      // A warm-up only; the real comparison reports its own errors.
    }
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
  else window.setTimeout(run, 50);
}

/**
 * The reader chunk (engine, diff, reader components) and the locale namespaces its page uses. Loaded on
 * demand so the first visit to the list stays small; the list warms it when a meeting link is pointed at or
 * focused, so opening a meeting waits for neither the code nor its strings.
 */
export function loadMeetingPage() {
  return Promise.all([
    import('./MeetingPage'),
    import('../../core/compare/compare-readouts'),
    i18n.loadNamespaces(['reader', 'notes', 'byo']),
  ]).then(([page, engine]) => {
    warmUpEngine(engine.compareReadouts);
    return { default: page.MeetingPage };
  });
}
