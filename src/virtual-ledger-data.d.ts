// The ledger's data files (readouts/phrases.yaml, readouts/commitments.yaml), validated and compiled at build time
// by scripts/vite-plugin-ledger-data.ts: plain JSON data and regex sources (see core/view/ledger-data).
declare module 'virtual:ledger-data' {
  export const sources: import('./core/view/ledger-data').LedgerDataSources;
}

// The corpus meetings' rows of the across-meetings ledger, computed by the same plugin on their default texts.
declare module 'virtual:ledger-corpus' {
  export const corpusRows: import('./core/view/ledger-data').CorpusLedgerRows[];
}
