/**
 * What a corpus folder already holds, for adding to it: its meetings (meeting.yaml parsed) and its readouts
 * (front matter and text). Files that do not parse are skipped here; readouts:check reports them.
 * Paths are relative to the corpus folder: `2024-01-10-liu-finer/meeting.yaml`.
 */
import { parseMeetingFile, parseReadoutFile } from '../../corpus/parse-files';
import type { MeetingFile, ReadoutFrontMatter } from '../../corpus/schemas';

export type CorpusFiles = Record<string, string>;

export interface IndexedMeeting {
  id: string;
  file: string;
  meeting: MeetingFile;
}

interface IndexedReadout {
  meetingId: string;
  file: string;
  frontMatter: ReadoutFrontMatter;
  text: string;
}

export interface CorpusIndex {
  meetings: IndexedMeeting[];
  readouts: IndexedReadout[];
}

export function indexCorpus(files: CorpusFiles): CorpusIndex {
  const index: CorpusIndex = { meetings: [], readouts: [] };
  for (const path of Object.keys(files).sort()) {
    const parts = path.split('/');
    if (parts.length !== 2) continue;
    const [folder, name] = parts as [string, string];
    const content = files[path] ?? '';
    if (name === 'meeting.yaml') {
      const parsed = parseMeetingFile(path, content);
      if (parsed.value) index.meetings.push({ id: folder, file: path, meeting: parsed.value });
    } else if (name.endsWith('.md')) {
      const parsed = parseReadoutFile(path, content);
      if (parsed.value) {
        const { frontMatter, text } = parsed.value;
        index.readouts.push({ meetingId: folder, file: path, frontMatter, text });
      }
    }
  }
  return index;
}
