/**
 * "Contribute back": a user meeting → a `readouts/` folder (export-corpus-folder.ts) → checked with the very
 * corpus checker that `npm run readouts:check` runs → zipped (fflate) → downloaded. The exporter, the checker
 * (yaml, zod) and fflate load only when the reader asks for the zip.
 */
import type { Zippable } from 'fflate';
import type { ExportProblem } from '../core/ingest/export-corpus-folder';
import type { Meeting } from '../core/model';
import { downloadFile } from './download';

export type ContributeResult =
  | { ok: true; fileName: string; bytes: Uint8Array }
  /** The reader must add something first (e.g. a participant with a title on each side). */
  | { ok: false; problems: ExportProblem[]; checkErrors: [] }
  /** The exported folder failed the corpus check (messages name the file and field, in English). */
  | { ok: false; problems: []; checkErrors: string[] };

/** Builds and checks the zip without touching the page (tests call this directly). */
async function buildContributionZip(meeting: Meeting): Promise<ContributeResult> {
  const [{ exportCorpusFolder, exportProblems }, { checkCorpus }, { strToU8, zipSync }] = await Promise.all([
    import('../core/ingest/export-corpus-folder'),
    import('../core/corpus'),
    import('fflate'),
  ]);
  const problems = exportProblems(meeting);
  if (problems.length > 0) return { ok: false, problems, checkErrors: [] };
  const { folder, files } = exportCorpusFolder(meeting);
  const asCorpus = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [`readouts/${path}`, text]),
  );
  const { errors } = checkCorpus(asCorpus);
  if (errors.length > 0) return { ok: false, problems: [], checkErrors: errors.map((e) => e.message) };
  // A fixed date keeps the zip byte-identical for identical content.
  const mtime = new Date(Date.UTC(2000, 0, 1));
  const entries: Zippable = {};
  for (const [path, text] of Object.entries(files)) entries[path] = [strToU8(text), { mtime }];
  return { ok: true, fileName: `${folder}.zip`, bytes: zipSync(entries, { level: 6 }) };
}

/** Builds and checks the zip, then downloads it (./download) when it passed. */
export async function downloadContributionZip(meeting: Meeting): Promise<ContributeResult> {
  const result = await buildContributionZip(meeting);
  if (result.ok) downloadFile(result.fileName, result.bytes, 'application/zip');
  return result;
}
