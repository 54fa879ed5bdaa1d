import { declaredLangProblem } from '../ingest/detect';
import type { Meeting, ReadoutText, Side } from '../model';
import { byCodeUnits } from '../text/code-unit-order';
import { CorpusError } from './corpus-error';
import type { ParsedReadout } from './parse-files';
import type { MeetingFile } from './schemas';

/** One readout file of a meeting folder that parsed and passed its schema. */
export interface ReadoutEntry {
  /** Path as shown in messages, e.g. `readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md`. */
  file: string;
  /** File name within the folder, e.g. `us-wh-zh-rfi.md`. */
  fileName: string;
  parsed: ParsedReadout;
}

export interface MeetingInput {
  folder: string;
  meetingFile: string;
  meeting: MeetingFile | undefined;
  readouts: ReadoutEntry[];
  /** Readout files of this folder that failed to parse; their ids are unknown, so some checks are skipped. */
  failedReadouts: number;
}

const SIDES: readonly Side[] = ['cn', 'us'];
/** The one check of a declared language against the text (the app and the `compare` command apply it too). */
function checkLanguage(entry: ReadoutEntry): CorpusError[] {
  const { file, parsed } = entry;
  const problem = declaredLangProblem(parsed.frontMatter.lang, parsed.text);
  return problem ? [new CorpusError('CORPUS_TEXT', file, 'lang', problem)] : [];
}

function checkTranslation(entry: ReadoutEntry): CorpusError[] {
  const { file } = entry;
  const fm = entry.parsed.frontMatter;
  const errors: CorpusError[] = [];
  const add = (field: string, detail: string) =>
    errors.push(new CorpusError('CORPUS_SCHEMA', file, field, detail));
  if (fm.kind === 'original') {
    if (fm.translator)
      add('translator', 'an original has no translator (remove it, or set kind: translation)');
    if (fm.translationOf) add('translationOf', 'an original is not a translation of another text');
    return errors;
  }
  if (!fm.translator) {
    add(
      'translator',
      'a translation must name its translator: { type: project } or { type: outlet, outlet: … }',
    );
  } else if (fm.translator.type === 'project') {
    if (!fm.translationOf)
      add('translationOf', "the project's own translation must name the text it translates");
    if (fm.quotedIn.length > 0)
      add('quotedIn', "the project's own translation is not quoted in a seed: leave it empty");
  }
  return errors;
}

function checkReferences(readouts: ReadoutEntry[], failedReadouts: number): CorpusError[] {
  const errors: CorpusError[] = [];
  const byId = new Map<string, ReadoutEntry>();
  for (const entry of readouts) {
    const { id } = entry.parsed.frontMatter;
    const other = byId.get(id);
    if (other) {
      errors.push(
        new CorpusError(
          'CORPUS_DUPLICATE',
          entry.file,
          'id',
          `duplicate id "${id}" (also in ${other.fileName})`,
        ),
      );
    } else {
      byId.set(id, entry);
    }
    if (entry.fileName !== `${id}.md`) {
      const detail = `"${id}" does not match the file name: the file must be named ${id}.md`;
      errors.push(new CorpusError('CORPUS_LAYOUT', entry.file, 'id', detail));
    }
  }
  for (const entry of readouts) {
    const fm = entry.parsed.frontMatter;
    if (!fm.translationOf) continue;
    const target = byId.get(fm.translationOf);
    const add = (detail: string) =>
      errors.push(new CorpusError('CORPUS_REFERENCE', entry.file, 'translationOf', detail));
    if (fm.translationOf === fm.id) add('a text cannot be a translation of itself');
    else if (!target) {
      if (failedReadouts === 0) add(`no text with id "${fm.translationOf}" in this meeting`);
    } else if (target.parsed.frontMatter.side !== fm.side) {
      add(
        `"${fm.translationOf}" is on side "${target.parsed.frontMatter.side}", this text on side "${fm.side}"`,
      );
    } else if (target.parsed.frontMatter.lang === fm.lang) {
      add(`"${fm.translationOf}" is in the same language ("${fm.lang}"): a translation changes the language`);
    }
  }
  return errors;
}

function checkMeetingFields(input: MeetingInput, meeting: MeetingFile): CorpusError[] {
  const { meetingFile: file, folder } = input;
  const errors: CorpusError[] = [];
  const add = (code: 'CORPUS_LAYOUT' | 'CORPUS_SCHEMA' | 'CORPUS_COVERAGE', field: string, detail: string) =>
    errors.push(new CorpusError(code, file, field, detail));
  if (meeting.id !== folder)
    add('CORPUS_LAYOUT', 'id', `"${meeting.id}" must equal the folder name "${folder}"`);
  if (!meeting.id.startsWith(`${meeting.date}-`)) {
    add(
      'CORPUS_SCHEMA',
      'date',
      `"${meeting.date}" does not match the date at the start of the id "${meeting.id}"`,
    );
  }
  if (meeting.endDate !== undefined && meeting.endDate <= meeting.date) {
    add('CORPUS_SCHEMA', 'endDate', `"${meeting.endDate}" must be after date "${meeting.date}"`);
  }
  for (const side of SIDES) {
    if (!meeting.participants.some((p) => p.side === side)) {
      add('CORPUS_SCHEMA', 'participants', `lists no participant on side "${side}"`);
    }
    const missingAt = meeting.missing.map((m, i) => (m.side === side ? i : -1)).filter((i) => i >= 0);
    const texts = input.readouts.filter((r) => r.parsed.frontMatter.side === side);
    if (missingAt.length > 1)
      add('CORPUS_SCHEMA', `missing[${missingAt[1]}].side`, `side "${side}" is listed twice`);
    if (missingAt.length > 0 && texts.length > 0) {
      const detail = `side "${side}" is listed as missing but has readout texts (${texts.map((t) => t.fileName).join(', ')})`;
      add('CORPUS_COVERAGE', `missing[${missingAt[0]}]`, detail);
    }
    if (missingAt.length === 0 && texts.length === 0 && input.failedReadouts === 0) {
      add('CORPUS_COVERAGE', 'missing', `side "${side}" has no readout text and no "missing" entry`);
    }
  }
  return errors;
}

function toReadoutText(entry: ReadoutEntry): ReadoutText {
  const fm = entry.parsed.frontMatter;
  const out: ReadoutText = {
    id: fm.id,
    side: fm.side,
    lang: fm.lang,
    kind: fm.kind,
    issuer: fm.issuer,
    completeness: fm.completeness,
    source: fm.source,
    quotedIn: fm.quotedIn,
    text: entry.parsed.text,
    file: entry.file,
  };
  if (fm.translationOf !== undefined) out.translationOf = fm.translationOf;
  if (fm.translator !== undefined) out.translator = fm.translator;
  if (fm.note !== undefined) out.note = fm.note;
  return out;
}

/** Order: CN side first; each source text followed by its translations. */
function compareTexts(a: ReadoutText, b: ReadoutText): number {
  const family = (t: ReadoutText) => t.translationOf ?? t.id;
  const rank = (t: ReadoutText) => (t.translationOf ? 1 : 0);
  return (
    byCodeUnits(a.side, b.side) ||
    byCodeUnits(family(a), family(b)) ||
    rank(a) - rank(b) ||
    byCodeUnits(a.id, b.id)
  );
}

function toMeeting(meeting: MeetingFile, readouts: ReadoutEntry[]): Meeting {
  const texts = readouts.map(toReadoutText).sort(compareTexts);
  const out: Meeting = {
    id: meeting.id,
    date: meeting.date,
    format: meeting.format,
    title: meeting.title,
    participants: meeting.participants,
    readouts: texts,
    missing: meeting.missing,
    origin: 'corpus',
  };
  if (meeting.endDate !== undefined) out.endDate = meeting.endDate;
  if (meeting.place !== undefined) out.place = meeting.place;
  if (meeting.requestedBy !== undefined) out.requestedBy = meeting.requestedBy;
  return out;
}

/** Cross-file rules of one meeting folder; returns the Meeting when the folder has no problem. */
export function checkMeeting(input: MeetingInput): { meeting?: Meeting; errors: CorpusError[] } {
  const errors: CorpusError[] = [];
  for (const entry of input.readouts) errors.push(...checkTranslation(entry), ...checkLanguage(entry));
  errors.push(...checkReferences(input.readouts, input.failedReadouts));
  if (input.meeting) errors.push(...checkMeetingFields(input, input.meeting));
  if (!input.meeting || errors.length > 0 || input.failedReadouts > 0) return { errors };
  return { meeting: toMeeting(input.meeting, input.readouts), errors };
}
