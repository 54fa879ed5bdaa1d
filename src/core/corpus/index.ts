/** The readout corpus: schemas and the pure loader (no IO: callers pass path → bytes or text). */

export { CorpusError, type CorpusErrorCode, CorpusValidationError } from './corpus-error';
export {
  type CorpusCheck,
  checkCorpus,
  LEXICON_FILE_NAME,
  type LoadCorpusOptions,
  loadCorpus,
  MEETING_FILE_NAME,
} from './load-corpus';
export {
  type CorpusFileContent,
  type Parsed,
  type ParsedReadout,
  parseMeetingFile,
  parseReadoutFile,
} from './parse-files';
export {
  isCalendarDate,
  KEBAB_ID,
  MEETING_ID,
  type MeetingFile,
  meetingFileSchema,
  type ReadoutFrontMatter,
  readoutFrontMatterSchema,
  SEED_FILE,
} from './schemas';
