/**
 * A refusal of the shared ingestion checks (src/core/ingest: decoding, front matter, YAML, empty text) as a
 * corpus problem, so readouts:check names the same fault the app and the `compare` command name. The
 * IngestError stays attached as `cause`.
 */
import { NOT_A_MAPPING, UNCLOSED_FRONT_MATTER } from '../ingest/front-matter';
import { describeIngestError, type IngestError } from '../ingest/ingest-errors';
import { CorpusError } from './corpus-error';

/** `invalid YAML at line 7, column 3: reason`, the line and column in file terms when known. */
export function yamlDetail(reason: string, line?: number, column?: number): string {
  const where =
    line === undefined ? '' : ` at line ${line}${column === undefined ? '' : `, column ${column}`}`;
  return `invalid YAML${where}: ${reason}`;
}

export function corpusErrorOf(error: IngestError, file: string): CorpusError {
  const options = { cause: error };
  const { code, details } = error;
  switch (code) {
    case 'empty':
    case 'punctuation-only':
      return new CorpusError('CORPUS_TEXT', file, 'text', describeIngestError(code, details), options);
    case 'bad-front-matter':
      if (details.reason === UNCLOSED_FRONT_MATTER) {
        const detail = 'the front-matter block has no closing "---" (or "...") line';
        return new CorpusError('CORPUS_FRONT_MATTER', file, '', detail, options);
      }
      if (details.reason === NOT_A_MAPPING) {
        const detail = 'the front matter is not a mapping of fields (key: value)';
        return new CorpusError('CORPUS_FRONT_MATTER', file, '', detail, options);
      }
      return new CorpusError(
        'CORPUS_YAML',
        file,
        '',
        yamlDetail(details.reason ?? 'unreadable YAML', details.line, details.column),
        options,
      );
    default:
      return new CorpusError('CORPUS_FILE', file, '', describeIngestError(code, details), options);
  }
}
