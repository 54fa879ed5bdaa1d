// The corpus as validated at build time by scripts/vite-plugin-readouts.ts (plain JSON data). The app reaches
// these modules through src/ui/app/corpus.ts alone (a Biome rule forbids them anywhere else in src/ui and
// src/browser); each page loads only the ones it needs.

// Everything at once: for tests and Node scripts, never for the app.
declare module 'virtual:readouts' {
  export const meetings: import('./core/model').Meeting[];
  export const lexicon: import('./core/lexicon/lexicon-data').LexiconData;
  /** The same lexicon compiled at build time to regex sources (see `lexiconFromSources`). */
  export const lexiconSources: import('./core/lexicon/compile-lexicon').LexiconSources;
}

// The meeting list's light view of the corpus: no texts, no lexicon patterns (see core/view/meeting-index).
declare module 'virtual:readouts-index' {
  export const meetings: import('./core/view/meeting-index').MeetingEntry[];
  export const topics: import('./core/lexicon/types').TopicDefinition[];
}

// One chunk per corpus meeting: the meeting with its texts, and the engine's comparison of every pair of its
// texts, keyed by `builtComparisonKey(cnId, usId)`.
declare module 'virtual:readouts-meetings' {
  export const meetingLoaders: Readonly<
    Record<
      string,
      () => Promise<{
        meeting: import('./core/model').Meeting;
        comparisons: Readonly<Record<string, import('./core/compare/types').Comparison>>;
      }>
    >
  >;
  export function builtComparisonKey(cnId: string | null, usId: string | null): string;
}

// Every corpus meeting with its texts (a search in the texts, bring-your-own).
declare module 'virtual:readouts-texts' {
  export const meetings: import('./core/model').Meeting[];
}

// The lexicon's patterns, compiled to regex sources: only where the engine runs on the page's thread.
declare module 'virtual:readouts-lexicon' {
  export const lexiconSources: import('./core/lexicon/compile-lexicon').LexiconSources;
}

// The lexicon as validated, which the page hands to the compare worker.
declare module 'virtual:readouts-lexicon-data' {
  export const lexicon: import('./core/lexicon/lexicon-data').LexiconData;
}
