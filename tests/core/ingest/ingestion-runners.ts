import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readoutLang, readReadout } from '../../../scripts/cli-readout';
import { loadCorpusFromDisk } from '../../../scripts/vite-plugin-readouts';
import { runIngestFile, runIngestText } from '../../../src/browser/compare-tasks';
import type { ExtractData } from '../../../src/browser/compare-worker-protocol';
import { decodeFile } from '../../../src/core/ingest/decode-file';
import { isIngestError } from '../../../src/core/ingest/ingest-errors';
import type { Meeting } from '../../../src/core/model';
import type { Sample } from './ingestion-samples';

/*
 * One sample through each of the three readers, as a comparable outcome: the `compare` command's file reader,
 * the app's drop/open (the function the compare worker runs for the drop zone and the file picker) and paste,
 * and the corpus loader that readouts:check and the build use.
 */

export type Outcome =
  | { verdict: 'accepted'; text: string; lang: string; side?: string; completeness?: string }
  | { verdict: string; field?: string };

function accepted(text: string, lang: string, side?: string, completeness?: string): Outcome {
  return {
    verdict: 'accepted',
    text,
    lang,
    ...(side ? { side } : {}),
    ...(completeness ? { completeness } : {}),
  };
}

function refused(error: unknown): Outcome {
  if (!isIngestError(error)) throw error;
  const { field } = error.details;
  return field ? { verdict: 'bad-field', field } : { verdict: error.code };
}

export function viaCli(file: string): Outcome {
  try {
    const { input } = readReadout(file, undefined);
    return accepted(input.text, readoutLang(input), input.side, input.completeness);
  } catch (error) {
    return refused(error);
  }
}

export async function viaApp(sample: Sample, extract: ExtractData): Promise<Outcome> {
  try {
    const result = await runIngestFile(sample.bytes, sample.name, undefined, extract);
    const [problem] = result.frontMatterProblems ?? [];
    if (problem) return { verdict: 'bad-field', field: problem.field };
    return accepted(result.text, result.lang, result.meta.side, result.meta.completeness);
  } catch (error) {
    return refused(error);
  }
}

/**
 * The sample pasted instead of dropped: the characters an editor shows for the file (its decoded text), through
 * the function the compare worker runs for a paste. Null when there is nothing to paste (bytes that do not
 * decode, or a saved .mhtml, which is not text anyone pastes).
 */
export async function viaPaste(sample: Sample, extract: ExtractData): Promise<Outcome | null> {
  if (/\.mht(ml)?$/.test(sample.name)) return null;
  let pasted: string;
  try {
    pasted = decodeFile(sample.bytes, sample.name, { html: /\.html?$/.test(sample.name) }).text;
  } catch {
    return null;
  }
  try {
    const result = await runIngestText(pasted, 'pasted', undefined, undefined, extract);
    const [problem] = result.frontMatterProblems ?? [];
    if (problem) return { verdict: 'bad-field', field: problem.field };
    return accepted(result.text, result.lang, result.meta.side, result.meta.completeness);
  } catch (error) {
    return refused(error);
  }
}

/** Each sample in a meeting folder of its own, with a meeting file that lists the other side as missing. */
export function writeCorpus(dir: string, samples: readonly Sample[]): Map<Sample, string> {
  const folders = new Map<Sample, string>();
  for (const [i, sample] of samples.entries()) {
    const id = `2031-03-05-sample-${i + 1}`;
    const other = sample.name.startsWith('us-') ? 'cn' : 'us';
    mkdirSync(path.join(dir, id), { recursive: true });
    writeFileSync(path.join(dir, id, 'meeting.yaml'), meetingYaml(id, other));
    writeFileSync(path.join(dir, id, sample.name), sample.bytes);
    folders.set(sample, id);
  }
  return folders;
}

function meetingYaml(id: string, missing: string): string {
  return [
    `id: ${id}`,
    'date: 2031-03-05',
    'format: meeting',
    'title: { en: Ingestion sample (test data), zh: 读入样本（测试数据） }',
    'participants:',
    '  - side: cn',
    '    name: { en: Li Ming, zh: 李明 }',
    '    title: { en: Foreign Minister, zh: 外交部长 }',
    '  - side: us',
    '    name: { en: John Smith, zh: 约翰·史密斯 }',
    '    title: { en: Secretary of State, zh: 国务卿 }',
    'missing:',
    `  - side: ${missing}`,
    '    issuer: { en: Test issuer, zh: 测试发布方 }',
    '',
  ].join('\n');
}

/** Loads the folder once, with the loader readouts:check and the Vite plugin use; then one outcome per file. */
export function viaCorpus(dir: string, cwd: string): (file: string, meetingId: string) => Outcome {
  const corpus = loadCorpusFromDisk(dir, cwd);
  const root = path.relative(cwd, dir).split(path.sep).join('/');
  const byId = new Map<string, Meeting>(corpus.meetings.map((m) => [m.id, m]));
  return (name, meetingId) => {
    const file = `${root}/${meetingId}/${name}`;
    const errors = corpus.errors.filter((e) => e.file === file);
    const fromIngest = errors.find((e) => isIngestError(e.cause));
    if (fromIngest && isIngestError(fromIngest.cause)) return refused(fromIngest.cause);
    const fieldError = errors.find((e) => e.field !== '');
    if (fieldError) return { verdict: 'bad-field', field: fieldError.field };
    if (errors[0]) return { verdict: errors[0].code };
    const readout = byId.get(meetingId)?.readouts.find((r) => r.file === file);
    if (!readout) {
      const others = corpus.errors.filter((e) => e.file.includes(`/${meetingId}/`)).map((e) => e.message);
      throw new Error(`${file}: neither loaded nor refused (${others.join('; ') || 'no problem reported'})`);
    }
    return accepted(readout.text, readout.lang, readout.side, readout.completeness);
  };
}
