import type { ComponentType } from 'react';
import { i18n } from '../../i18n';
import { withMeetingData } from '../app/MeetingData';
import type { MeetingPage } from './MeetingPage';

type MeetingPageComponent = ComponentType<Parameters<typeof MeetingPage>[0]>;

/*
 * The meeting page's code, loaded on demand so the first visit to the list stays small. It holds neither the
 * engine nor the corpus: a corpus meeting's page gets that meeting's texts and the build's comparisons from one
 * chunk of its own (see src/ui/app/built-comparisons.ts), and the engine with the lexicon's patterns loads only
 * for the texts the build did not compare (the reader's own, in the worker; see src/ui/app/compare-texts.ts).
 */

let loading: Promise<{ default: MeetingPageComponent }> | null = null;
let loaded: MeetingPageComponent | null = null;

/**
 * The reader chunk (reader components, diff) and the locale namespaces its page uses. The list warms it when
 * a meeting link is pointed at or focused, so opening a meeting waits for neither the code nor its strings.
 * The page renders over its own meeting's data (withMeetingData). One load per page (a failed load may be
 * retried).
 */
export function loadMeetingPage(): Promise<{ default: MeetingPageComponent }> {
  loading ??= Promise.all([import('./MeetingPage'), i18n.loadNamespaces(['reader', 'notes', 'byo'])]).then(
    ([page]) => {
      const component = withMeetingData(page.MeetingPage);
      loaded = component;
      return { default: component };
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
