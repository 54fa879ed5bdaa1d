/**
 * Adding one extracted readout to a corpus, planned in memory (pure): which meeting it joins (the one given,
 * the paired one, or a new one), the files to write, and what was guessed. The plan is checked with the
 * corpus loader before it is returned, so what readouts:add writes always passes readouts:check. Adding a
 * page already in the corpus (same address or same text) plans nothing.
 */
import { checkCorpus } from '../../corpus/load-corpus';
import { isCalendarDate, MEETING_ID } from '../../corpus/schemas';
import { ExtractError } from '../extract-error';
import type { IssuerRules } from '../issuer-rules';
import type { Gazetteer } from '../officials';
import type { ExtractedPage, MeetingMeta } from '../types';
import { readoutFileText, withoutMissing, withRequestedBy } from './corpus-files';
import { type CorpusFiles, type IndexedMeeting, indexCorpus } from './corpus-index';
import { newMeetingId, newMeetingText } from './new-meeting';
import { findPairedMeeting } from './pairing';

export interface AddInput {
  page: ExtractedPage;
  meta: MeetingMeta;
  rules: IssuerRules;
  gazetteer: Gazetteer;
  /** Day of retrieval, YYYY-MM-DD. */
  retrieved: string;
  /** The URL fetched, or the saved file's name: said in the note and the meeting file's comment. */
  origin: string;
  /** `--meeting ID`: join (or create) this meeting instead of pairing. */
  meetingId?: string;
}

export interface AddPlan {
  status: 'added' | 'unchanged';
  /** Path of the readout file, relative to the corpus folder. */
  readoutFile: string;
  meetingId: string;
  /** 'new' meeting, 'paired' with an existing one, 'given' with --meeting, 'existing' when unchanged. */
  meeting: 'new' | 'paired' | 'given' | 'existing';
  /** Files to write (relative path → content); empty when unchanged. */
  writes: CorpusFiles;
}

function note(page: ExtractedPage, origin: string, retrieved: string) {
  if (page.url) {
    return {
      en: `Full text of the official release, retrieved from its official page on ${retrieved} with npm run readouts:add.`,
      zh: `官方发布全文，${retrieved}从官方网页获取（npm run readouts:add）。`,
    };
  }
  return {
    en: `Full text of the official release, taken from a saved copy of its page (${origin}) on ${retrieved} with npm run readouts:add.`,
    zh: `官方发布全文，${retrieved}取自其网页的保存副本（${origin}）（npm run readouts:add）。`,
  };
}

function uniqueTextId(files: CorpusFiles, meetingId: string, base: string): string {
  let id = base;
  for (let n = 2; `${meetingId}/${id}.md` in files; n++) id = `${base}-${n}`;
  return id;
}

function validate(files: CorpusFiles, meetingId: string): void {
  const folder = Object.fromEntries(
    Object.entries(files).filter(([path]) => path.startsWith(`${meetingId}/`)),
  );
  const { errors } = checkCorpus(folder, { root: '.' });
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new ExtractError(
      'invalid-result',
      `the result would not pass readouts:check: ${errors[0]?.message}${more}`,
    );
  }
}

function chooseMeeting(
  files: CorpusFiles,
  input: AddInput,
  meetings: IndexedMeeting[],
): { id: string; existing?: IndexedMeeting; kind: 'new' | 'paired' | 'given'; date?: string } {
  if (input.meetingId) {
    const id = input.meetingId;
    const date = MEETING_ID.exec(id)?.[1];
    if (!date || !isCalendarDate(date)) {
      throw new ExtractError(
        'bad-meeting-id',
        `--meeting "${id}" is not a meeting id (YYYY-MM-DD-short-slug)`,
      );
    }
    const existing = meetings.find((m) => m.id === id);
    if (!existing && Object.keys(files).some((p) => p.startsWith(`${id}/`))) {
      throw new ExtractError('invalid-result', `meeting ${id} exists but its meeting.yaml does not parse`);
    }
    return existing ? { id, existing, kind: 'given' } : { id, kind: 'given', date };
  }
  const date = input.meta.date?.value;
  if (!date) throw new ExtractError('unknown-date', 'no date for the meeting in the page or its text');
  const paired = findPairedMeeting(meetings, date, input.meta.participants);
  if (paired) return { id: paired.id, existing: paired, kind: 'paired' };
  const taken = new Set(Object.keys(files).map((p) => p.split('/')[0] ?? ''));
  return { id: newMeetingId(date, input.meta, input.gazetteer, taken), kind: 'new', date };
}

export function planAdd(files: CorpusFiles, input: AddInput): AddPlan {
  const { page } = input;
  const issuer = page.issuer?.value;
  if (!issuer) {
    throw new ExtractError(
      'unknown-issuer',
      'cannot tell which office published the page: add it by its official URL, or save it as .mhtml (which keeps its address)',
    );
  }
  const index = indexCorpus(files);
  const same = index.readouts.find(
    (r) => (page.url && r.frontMatter.source.url === page.url) || r.text === page.body,
  );
  if (same) {
    return {
      status: 'unchanged',
      readoutFile: same.file,
      meetingId: same.meetingId,
      meeting: 'existing',
      writes: {},
    };
  }
  const target = chooseMeeting(files, input, index.meetings);
  const writes: CorpusFiles = {};
  const meetingFile = `${target.id}/meeting.yaml`;
  if (target.existing) {
    const current = files[meetingFile] ?? '';
    // The second side's page may be the one that says who asked (应约): added when the file does not say.
    const asked = input.meta.requestedBy;
    const removed = withoutMissing(current, issuer.side);
    const updated = asked ? withRequestedBy(removed, asked.side, asked.phrase) : removed;
    if (updated !== current) writes[meetingFile] = updated;
  } else {
    writes[meetingFile] = newMeetingText({
      id: target.id,
      date: target.date as string,
      meta: input.meta,
      side: issuer.side,
      rules: input.rules,
      origin: input.origin,
      retrieved: input.retrieved,
    });
  }
  const id = uniqueTextId(files, target.id, `${issuer.side}-${issuer.code}-${page.lang.value}`);
  const source: { title?: string; url?: string; date?: string } = {};
  if (page.title && !page.title.guessed) source.title = page.title.value;
  if (page.url) source.url = page.url;
  if (page.date && !page.date.guessed) source.date = page.date.value;
  const readoutFile = `${target.id}/${id}.md`;
  writes[readoutFile] = readoutFileText({
    id,
    side: issuer.side,
    lang: page.lang.value,
    issuer: issuer.name,
    source,
    note: note(page, input.origin, input.retrieved),
    text: page.body,
  });
  validate({ ...files, ...writes }, target.id);
  return { status: 'added', readoutFile, meetingId: target.id, meeting: target.kind, writes };
}
