import { FileFieldError } from '../lexicon/file-field-error';

/** Why a ledger data file (set phrases, commitments) was rejected. */
export type LedgerDataErrorCode = 'LEDGER_YAML' | 'LEDGER_SCHEMA' | 'LEDGER_PATTERN' | 'LEDGER_REFS';

/**
 * A ledger data file that cannot be used, e.g.
 * `readouts/phrases.yaml: phrases[3].forms[0].en[2]: a gap "..." needs text on both sides`.
 */
export class LedgerDataError extends FileFieldError<LedgerDataErrorCode> {
  override readonly name = 'LedgerDataError';
}
