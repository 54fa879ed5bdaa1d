/** Why a ledger data file (set phrases, commitments) was rejected. */
export type LedgerDataErrorCode = 'LEDGER_YAML' | 'LEDGER_SCHEMA' | 'LEDGER_PATTERN' | 'LEDGER_REFS';

/**
 * A data file that cannot be used. The message names the file and the field path, e.g.
 * `readouts/phrases.yaml: phrases[3].forms[0].en[2]: a gap "..." needs text on both sides`.
 */
export class LedgerDataError extends Error {
  override readonly name = 'LedgerDataError';
  readonly code: LedgerDataErrorCode;
  readonly file: string;
  /** Field path inside the file; for YAML syntax errors the line and column; empty for the whole file. */
  readonly path: string;

  constructor(code: LedgerDataErrorCode, file: string, path: string, detail: string) {
    super(path ? `${file}: ${path}: ${detail}` : `${file}: ${detail}`);
    this.code = code;
    this.file = file;
    this.path = path;
  }
}
