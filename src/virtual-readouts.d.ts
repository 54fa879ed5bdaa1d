// The corpus as validated at build time by scripts/vite-plugin-readouts.ts (plain JSON data).
declare module 'virtual:readouts' {
  export const meetings: import('./core/model').Meeting[];
  export const lexicon: import('./core/lexicon/lexicon-data').LexiconData;
  /** The same lexicon compiled at build time to regex sources (see `lexiconFromSources`). */
  export const lexiconSources: import('./core/lexicon/compile-lexicon').LexiconSources;
}

// The meeting list's light view of the same corpus: no texts, no lexicon patterns (see core/view/meeting-index).
declare module 'virtual:readouts-index' {
  export const meetings: import('./core/view/meeting-index').MeetingEntry[];
  export const topics: import('./core/lexicon/types').TopicDefinition[];
}
