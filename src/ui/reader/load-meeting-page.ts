import type { CompareInput } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import { i18n } from '../../i18n';
import { loadCorpus } from '../app/corpus-source';
import type { MeetingPage } from './MeetingPage';

type MeetingPageComponent = typeof MeetingPage;

type Compare = typeof import('../../core/compare/compare-readouts').compareReadouts;

/** Runs `task` when the page is idle (or soon, where idle callbacks do not exist). */
function onIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 2000 });
  else window.setTimeout(task, 50);
}

let engine: { compare: Compare; lexicon: CompiledLexicon } | null = null;
const warmed = new Set<string>();

/** One two-sentence comparison with a Chinese text, on idle, once per language of the other text. */
function warmUp(other: CompareInput & { lang: 'zh' | 'en' }): void {
  if (!engine || warmed.has(other.lang)) return;
  warmed.add(other.lang);
  const { compare, lexicon } = engine;
  onIdle(() => {
    try {
      compare({ text: '中方表示，双方同意保持沟通。', lang: 'zh', side: 'cn' }, other, lexicon);
    } catch {
      // A warm-up only; the real comparison reports its own errors.
    }
  });
}

/*
 * The engine's regexes compile on first use: about 50 ms for Chinese texts on a slow machine, and 100 ms more
 * once an English text comes along. Once the reader chunk is loaded ahead of a click, the Chinese ones compile
 * on idle (every corpus meeting opens with two Chinese texts), so the meeting opens at once. The English ones
 * wait until a meeting is on screen: compiled while the pointer rests on a link, they could hold up its click.
 */

function warmUpChinese(): void {
  warmUp({ text: '美方表示，双方同意保持沟通渠道畅通。', lang: 'zh', side: 'us' });
}

/** Called by the reader once its rows are on screen: English texts (other views, own meetings) get ready. */
export function warmUpEnglish(): void {
  warmUp({ text: 'The Secretary said both sides agreed to maintain communication.', lang: 'en', side: 'us' });
}

let loading: Promise<{ default: MeetingPageComponent }> | null = null;
let loaded: MeetingPageComponent | null = null;

/**
 * The reader chunk (engine, diff, reader components), the corpus with its texts and the lexicon, and the locale
 * namespaces its page uses. Loaded on demand so the first visit to the list stays small; the list warms it when
 * a meeting link is pointed at or focused, so opening a meeting waits for neither the code nor its strings.
 * One load per page (a failed load may be retried).
 */
export function loadMeetingPage(): Promise<{ default: MeetingPageComponent }> {
  loading ??= Promise.all([
    import('./MeetingPage'),
    import('../../core/compare/compare-readouts'),
    loadCorpus(),
    i18n.loadNamespaces(['reader', 'notes', 'byo']),
  ]).then(
    ([page, compareModule, corpus]) => {
      loaded = page.MeetingPage;
      engine = { compare: compareModule.compareReadouts, lexicon: corpus.lexicon };
      warmUpChinese();
      return { default: page.MeetingPage };
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The meeting page once loaded, else null (so a prefetched page renders at once, without suspending). */
export function loadedMeetingPage(): MeetingPageComponent | null {
  return loaded;
}
