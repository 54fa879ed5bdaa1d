import type { Meeting } from '../model';
import { byCodeUnits } from '../text/code-unit-order';
import { checkMeeting, type MeetingInput, type ReadoutEntry } from './check-meeting';
import { CorpusError, CorpusValidationError } from './corpus-error';
import { type CorpusFileContent, parseMeetingFile, parseReadoutFile } from './parse-files';
import { isCalendarDate, MEETING_ID } from './schemas';

/** The lexicon lives beside the meeting folders but is validated by the lexicon module, not here. */
export const LEXICON_FILE_NAME = 'topics.yaml';
/**
 * The other data files at the top of a corpus folder, each read by its own module: issuer page rules and the
 * gazetteer of officials (src/core/extract), set phrases and commitments (src/core/ledger).
 */
const DATA_FILE_NAMES: readonly string[] = [
  'issuers.yaml',
  'officials.yaml',
  'phrases.yaml',
  'commitments.yaml',
];
export const MEETING_FILE_NAME = 'meeting.yaml';

export interface LoadCorpusOptions {
  /** The corpus folder as it appears at the start of every path, e.g. `readouts` (the default). */
  root?: string;
}

export interface CorpusCheck {
  /** Every meeting folder without a problem, ordered by date. */
  meetings: Meeting[];
  /** Every problem found, in path order. */
  errors: CorpusError[];
}

interface Folder {
  meeting?: [file: string, content: CorpusFileContent];
  readouts: [file: string, content: CorpusFileContent][];
}

function normaliseRoot(root: string): string {
  const trimmed = root.replace(/\\/g, '/').replace(/\/+$/, '');
  return trimmed === '.' ? '' : trimmed;
}

/** Sort files into meeting folders; report files that belong nowhere. */
function groupFiles(
  files: Record<string, CorpusFileContent>,
  root: string,
  errors: CorpusError[],
): Map<string, Folder> {
  const folders = new Map<string, Folder>();
  const prefix = root ? `${root}/` : '';
  for (const path of Object.keys(files).sort()) {
    const content = files[path] ?? '';
    const normalised = path.replace(/\\/g, '/');
    if (!normalised.startsWith(prefix)) {
      errors.push(new CorpusError('CORPUS_LAYOUT', path, '', `is outside the corpus folder "${root}"`));
      continue;
    }
    const parts = normalised.slice(prefix.length).split('/');
    const name = parts[parts.length - 1] ?? '';
    if (name.startsWith('.')) continue; // editor and OS droppings (.DS_Store, .swp)
    if (parts.length === 1) {
      // The lexicon, the other data files and README files.
      if (name === LEXICON_FILE_NAME || DATA_FILE_NAMES.includes(name) || name.endsWith('.md')) continue;
      const detail = `unexpected file: the corpus folder holds meeting folders, ${[LEXICON_FILE_NAME, ...DATA_FILE_NAMES].join(', ')} and README files`;
      errors.push(new CorpusError('CORPUS_LAYOUT', path, '', detail));
      continue;
    }
    if (parts.length > 2) {
      errors.push(new CorpusError('CORPUS_LAYOUT', path, '', 'meeting folders cannot contain sub-folders'));
      continue;
    }
    const folderName = parts[0] ?? '';
    const folder = folders.get(folderName) ?? { readouts: [] };
    folders.set(folderName, folder);
    if (name === MEETING_FILE_NAME) folder.meeting = [path, content];
    else if (name.endsWith('.md')) folder.readouts.push([path, content]);
    else {
      const detail = `unexpected file: a meeting folder holds ${MEETING_FILE_NAME} and one .md file per readout text`;
      errors.push(new CorpusError('CORPUS_LAYOUT', path, '', detail));
    }
  }
  return folders;
}

function checkFolderName(folderPath: string, folderName: string): CorpusError[] {
  const match = MEETING_ID.exec(folderName);
  if (match && isCalendarDate(match[1] ?? '')) return [];
  const detail =
    'folder name must be YYYY-MM-DD-short-slug (a real date, then lower-case letters, digits, hyphens)';
  return [new CorpusError('CORPUS_LAYOUT', folderPath, '', detail)];
}

function loadFolder(
  prefix: string,
  folderName: string,
  folder: Folder,
): { meeting?: Meeting; errors: CorpusError[] } {
  const folderPath = `${prefix}${folderName}`;
  const errors = checkFolderName(folderPath, folderName);
  const meetingFile = folder.meeting?.[0] ?? `${folderPath}/${MEETING_FILE_NAME}`;
  const input: MeetingInput = {
    folder: folderName,
    meetingFile,
    meeting: undefined,
    readouts: [],
    failedReadouts: 0,
  };
  if (folder.meeting) {
    const parsed = parseMeetingFile(folder.meeting[0], folder.meeting[1]);
    errors.push(...parsed.errors);
    input.meeting = parsed.value;
  } else {
    errors.push(
      new CorpusError('CORPUS_LAYOUT', meetingFile, '', 'is missing: every meeting folder needs one'),
    );
  }
  for (const [file, content] of folder.readouts) {
    const parsed = parseReadoutFile(file, content);
    errors.push(...parsed.errors);
    if (!parsed.value) {
      input.failedReadouts += 1;
      continue;
    }
    const entry: ReadoutEntry = {
      file,
      fileName: file.slice(file.lastIndexOf('/') + 1),
      parsed: parsed.value,
    };
    input.readouts.push(entry);
  }
  const checked = checkMeeting(input);
  errors.push(...checked.errors);
  return errors.length === 0 && checked.meeting ? { meeting: checked.meeting, errors } : { errors };
}

/**
 * Validate a whole corpus given as path → file content (paths start with `options.root`, default `readouts`)
 * and collect every problem. Pure: the caller reads the files (fs at build time, fetch, a test fixture); bytes
 * are decoded here, by the same decoder as a file opened in the app.
 */
export function checkCorpus(
  files: Record<string, CorpusFileContent>,
  options: LoadCorpusOptions = {},
): CorpusCheck {
  const root = normaliseRoot(options.root ?? 'readouts');
  const errors: CorpusError[] = [];
  const folders = groupFiles(files, root, errors);
  const meetings: Meeting[] = [];
  const prefix = root ? `${root}/` : '';
  for (const [folderName, folder] of folders) {
    const result = loadFolder(prefix, folderName, folder);
    errors.push(...result.errors);
    if (result.meeting) meetings.push(result.meeting);
  }
  if (folders.size === 0) {
    errors.push(new CorpusError('CORPUS_LAYOUT', root || '.', '', 'holds no meeting folder'));
  }
  meetings.sort((a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id));
  return { meetings, errors };
}

/** Like checkCorpus, but returns the meetings only when the whole corpus is valid; throws CorpusValidationError. */
export function loadCorpus(
  files: Record<string, CorpusFileContent>,
  options: LoadCorpusOptions = {},
): Meeting[] {
  const { meetings, errors } = checkCorpus(files, options);
  if (errors.length > 0) throw new CorpusValidationError(errors);
  return meetings;
}
