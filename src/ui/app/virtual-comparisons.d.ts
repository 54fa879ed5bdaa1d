// The engine's comparisons of the corpus meetings' texts, computed at build time by
// scripts/vite-plugin-readouts.ts: one chunk per meeting, keyed by `builtComparisonKey(cnId, usId)`.
declare module 'virtual:readouts-comparisons' {
  export const comparisonLoaders: Readonly<
    Record<
      string,
      () => Promise<{ comparisons: Readonly<Record<string, import('../../core/compare/types').Comparison>> }>
    >
  >;
  export function builtComparisonKey(cnId: string | null, usId: string | null): string;
}
