/**
 * A user meeting → the files of one `readouts/` folder (`<YYYY-MM-DD-slug>/meeting.yaml` and one
 * `<text-id>.md` per readout), in exactly the corpus format, so a reader can contribute the pair back.
 * Pure: returns path → content; zipping and downloading happen in src/browser/download-zip.ts.
 * The corpus demands what comparison does not (who published each text, a participant with a title on
 * each side), so
 * `exportProblems` lists what the reader must add first instead of inventing it.
 */
import { stringify } from 'yaml';
import type { Meeting, ReadoutText } from '../model';
import { issuerCode } from './issuers';
import { DEFAULT_ISSUER, slugify } from './user-meeting';

export type ExportProblem =
  | { code: 'no-participant'; side: 'cn' | 'us' }
  | { code: 'participant-title'; name: string }
  /** The text still has the placeholder issuer ("Chinese side"): the corpus records who published it. */
  | { code: 'no-issuer'; side: 'cn' | 'us' };

export class ExportError extends Error {
  readonly problems: ExportProblem[];
  constructor(problems: ExportProblem[]) {
    super(`cannot export: ${problems.map(describeProblem).join('; ')}`);
    this.name = 'ExportError';
    this.problems = problems;
  }
}

function describeProblem(p: ExportProblem): string {
  if (p.code === 'no-participant') return `no ${p.side} participant`;
  if (p.code === 'no-issuer') return `no ${p.side} issuer`;
  return `no title for ${p.name}`;
}

/** Said on every exported text, so a maintainer knows where it came from and what to check. */
export const CONTRIBUTED_NOTE = {
  en: 'Contributed by a reader through Readout Compare. Check the text against the official source before merging.',
  zh: '由读者通过“纪要对读”提交。合并前请对照官方来源核对文本。',
};

export interface CorpusFolder {
  /** Folder name: the user id without `user-` and without its random suffix. */
  folder: string;
  /** Path (relative, `<folder>/<file>`) → file content. */
  files: Record<string, string>;
}

export function exportProblems(meeting: Meeting): ExportProblem[] {
  const problems: ExportProblem[] = [];
  for (const side of ['cn', 'us'] as const) {
    if (!meeting.participants.some((p) => p.side === side)) problems.push({ code: 'no-participant', side });
  }
  for (const p of meeting.participants) {
    if (!p.title.en.trim() || !p.title.zh.trim())
      problems.push({ code: 'participant-title', name: p.name.en || p.name.zh });
  }
  for (const r of meeting.readouts) {
    const placeholder = DEFAULT_ISSUER[r.side];
    if (r.issuer.en === placeholder.en && r.issuer.zh === placeholder.zh)
      problems.push({ code: 'no-issuer', side: r.side });
  }
  return problems;
}

/** `user-2024-01-10-wang-blinken-x7k2q9` → `2024-01-10-wang-blinken`. */
export function corpusFolderName(meeting: Meeting): string {
  const m = /^user-(\d{4}-\d{2}-\d{2})-(.+)-[a-z0-9]+$/.exec(meeting.id);
  const slug = slugify(m?.[2] ?? '') || slugify(meeting.title.en) || 'readouts';
  return `${meeting.date}-${slug}`;
}

function textId(readout: ReadoutText): string {
  const code =
    issuerCode(readout.issuer) ?? (slugify(readout.issuer.en).slice(0, 24).replace(/-+$/, '') || 'issuer');
  return `${readout.side}-${code}-${readout.lang}`;
}

function yamlOf(value: unknown): string {
  return stringify(value, { lineWidth: 110, minContentWidth: 40 });
}

function readoutFile(readout: ReadoutText, id: string): string {
  const source: Record<string, string> = {};
  if (readout.source.title) source.title = readout.source.title;
  if (readout.source.url) source.url = readout.source.url;
  if (readout.source.date) source.date = readout.source.date;
  const front = {
    id,
    side: readout.side,
    lang: readout.lang,
    kind: 'original',
    issuer: { en: readout.issuer.en, zh: readout.issuer.zh },
    completeness: readout.completeness,
    source,
    quotedIn: [],
    note: CONTRIBUTED_NOTE,
  };
  return `---\n${yamlOf(front)}---\n${readout.text.trim()}\n`;
}

export function exportCorpusFolder(meeting: Meeting): CorpusFolder {
  const problems = exportProblems(meeting);
  if (problems.length > 0) throw new ExportError(problems);
  const folder = corpusFolderName(meeting);
  const meetingYaml: Record<string, unknown> = { id: folder, date: meeting.date };
  if (meeting.endDate) meetingYaml.endDate = meeting.endDate;
  meetingYaml.format = meeting.format;
  if (meeting.place) meetingYaml.place = meeting.place;
  if (meeting.requestedBy) meetingYaml.requestedBy = meeting.requestedBy;
  meetingYaml.title = meeting.title;
  meetingYaml.participants = meeting.participants.map((p) => ({
    side: p.side,
    name: p.name,
    title: p.title,
  }));
  meetingYaml.missing = meeting.missing;

  const files: Record<string, string> = { [`${folder}/meeting.yaml`]: yamlOf(meetingYaml) };
  const used = new Set<string>();
  for (const readout of meeting.readouts) {
    let id = textId(readout);
    for (let n = 2; used.has(id); n++) id = `${textId(readout)}-${n}`;
    used.add(id);
    files[`${folder}/${id}.md`] = readoutFile(readout, id);
  }
  return { folder, files };
}
