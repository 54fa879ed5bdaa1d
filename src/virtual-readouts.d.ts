// The corpus as validated at build time by scripts/vite-plugin-readouts.ts (plain JSON data).
declare module 'virtual:readouts' {
  export const meetings: import('./core/model').Meeting[];
  export const lexicon: import('./core/lexicon/lexicon-data').LexiconData;
}
