import { type CompiledLedgerData, ledgerDataFromSources } from '../../core/view/ledger-data';
import { i18n } from '../../i18n';

/*
 * The ledger's data (set phrases, commitments), its code and its strings, loaded on demand: chunks of their own
 * that neither the first visit to the list nor the reader's first paint waits for. One load per page (a failed
 * load may be retried).
 */

export type LedgerKit = typeof import('./ledger-kit');

export interface LoadedLedger {
  data: CompiledLedgerData;
  kit: LedgerKit;
}

let loaded: LoadedLedger | null = null;
let loading: Promise<LoadedLedger> | null = null;

export function loadLedgerData(): Promise<LoadedLedger> {
  loading ??= Promise.all([
    import('virtual:ledger-data'),
    import('./ledger-kit'),
    i18n.loadNamespaces('ledger'),
  ]).then(
    ([module, kit]) => {
      loaded = { data: ledgerDataFromSources(module.sources), kit };
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The data once loaded, else null (so a page opened later renders its ledger without waiting). */
export function loadedLedgerData(): LoadedLedger | null {
  return loaded;
}
