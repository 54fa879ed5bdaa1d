/**
 * A data file (the lexicon, the ledger's set phrases and commitments) that cannot be used. The message names
 * the file and the field path, e.g. `readouts/topics.yaml: topics[3].patterns.en[2]: invalid regular expression …`.
 */
export class FileFieldError<Code extends string> extends Error {
  readonly code: Code;
  readonly file: string;
  /** Field path inside the file; for YAML syntax errors the line and column; empty for the whole file. */
  readonly path: string;

  constructor(code: Code, file: string, path: string, detail: string) {
    super(path ? `${file}: ${path}: ${detail}` : `${file}: ${detail}`);
    this.code = code;
    this.file = file;
    this.path = path;
  }
}
