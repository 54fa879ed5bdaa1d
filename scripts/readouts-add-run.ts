import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { CorpusFiles } from '../src/core/extract/corpus/corpus-index';
import { type AddPlan, planAdd } from '../src/core/extract/corpus/plan-add';
import { extractPage, type PageKind, pageKindFromName } from '../src/core/extract/extract-page';
import { type IssuerRules, parseIssuerRules } from '../src/core/extract/issuer-rules';
import { findMeetingMeta } from '../src/core/extract/meta/find-meeting-meta';
import { type Gazetteer, parseGazetteer } from '../src/core/extract/officials';
import type { MeetingMeta } from '../src/core/extract/types';
import { decodeFile } from '../src/core/ingest/decode-file';

/*
 * npm run --silent readouts:add -- SOURCE… [--meeting ID] [--dir DIR] [--timeout SECONDS]
 * SOURCE: an http(s) URL of an official readout page, a saved .html/.mhtml/.txt/.md file, or a folder of them.
 * Extracts each readout, finds its meeting's metadata, and writes it into DIR (default $READOUTS_DIR or
 * readouts/): prints each readout file's path on stdout, what was guessed on stderr. All or nothing: on any
 * failure one line per failed source on stderr, exit 2, and nothing is written.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA = path.join(ROOT, 'readouts');
const MAX_URL_BYTES = 5 * 1024 * 1024;
const MAX_FILE_BYTES = 30 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const USAGE =
  'usage: npm run --silent readouts:add -- SOURCE... [--meeting ID] [--dir DIR] [--timeout SECONDS]';

class UsageError extends Error {}

interface Options {
  sources: string[];
  meeting?: string;
  dir: string;
  timeoutMs: number;
}

function parseArgs(argv: string[], readoutsDir: string | undefined): Options {
  const options: Options = { sources: [], dir: readoutsDir || 'readouts', timeoutMs: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--meeting') options.meeting = value();
    else if (arg === '--dir') options.dir = value();
    else if (arg === '--timeout') {
      const seconds = Number(value());
      if (!(seconds > 0)) throw new UsageError('--timeout takes a number of seconds');
      options.timeoutMs = seconds * 1000;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.sources.push(arg);
  }
  if (options.sources.length === 0) throw new UsageError('no SOURCE given');
  return options;
}

interface Fetched {
  bytes: Uint8Array;
  kind: PageKind;
  url?: string;
  charset?: string;
  origin: string;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Every failure is reported on one line. */
function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
}

async function readBody(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (declared > limit) fail(`the page is larger than ${limit / 1024 / 1024} MB`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) {
    size += r.value.length;
    if (size > limit) {
      await reader?.cancel();
      fail(`the page is larger than ${limit / 1024 / 1024} MB`);
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks);
}

async function fetchPage(start: string, timeoutMs: number): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = start;
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, { redirect: 'manual', signal: controller.signal });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) fail(`more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          fail(`refused a redirect to a ${next.protocol} address (only http and https are followed)`);
        }
        url = next.href;
        continue;
      }
      if (!response.ok) fail(`HTTP ${response.status} ${response.statusText}`.trim());
      const type = response.headers.get('content-type') ?? '';
      if (!/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(type)) {
        await response.body?.cancel();
        fail(`not an HTML page (content type ${type.split(';')[0]?.trim() || 'missing'})`);
      }
      const bytes = await readBody(response, MAX_URL_BYTES);
      const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(type)?.[1]?.toLowerCase();
      const page: Fetched = { bytes, kind: 'html', url, origin: url };
      if (charset) page.charset = charset;
      return page;
    }
  } catch (error) {
    if (controller.signal.aborted) fail(`timed out after ${timeoutMs / 1000} s`);
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw error instanceof Error ? new Error(`${error.message}${cause}`) : error;
  } finally {
    clearTimeout(timer);
  }
}

function readSavedFile(file: string): Fetched {
  const kind = pageKindFromName(file);
  if (!kind) fail('not a saved page: expected .html, .htm, .mhtml, .mht, .txt or .md');
  if (statSync(file).size > MAX_FILE_BYTES)
    fail(`the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  return { bytes: readFileSync(file), kind, origin: path.basename(file) };
}

/** A SOURCE → the pages it names (a folder: its saved pages, in name order). */
function expand(source: string): string[] {
  if (/^[a-z][a-z0-9+.-]*:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)) {
    if (!/^https?:\/\//i.test(source)) fail('only http(s) URLs and saved files can be added');
    return [source];
  }
  if (!existsSync(source)) fail('no such file or folder');
  if (!statSync(source).isDirectory()) return [source];
  const pages = readdirSync(source)
    .filter(
      (name) => !name.startsWith('.') && pageKindFromName(name) && statSync(path.join(source, name)).isFile(),
    )
    .sort()
    .map((name) => path.join(source, name));
  if (pages.length === 0) fail('the folder holds no saved page (.html, .mhtml, .txt, .md)');
  return pages;
}

/** The corpus's meeting and readout files, decoded as the corpus loader decodes them (throws IngestError). */
function readCorpus(dir: string): CorpusFiles {
  const files: CorpusFiles = {};
  if (!existsSync(dir)) return files;
  for (const folder of readdirSync(dir)) {
    const full = path.join(dir, folder);
    if (folder.startsWith('.') || !statSync(full).isDirectory()) continue;
    for (const name of readdirSync(full)) {
      if (name !== 'meeting.yaml' && !name.endsWith('.md')) continue;
      const file = path.join(full, name);
      files[`${folder}/${name}`] = decodeFile(readFileSync(file), file).text;
    }
  }
  return files;
}

function describe(plan: AddPlan, meta: MeetingMeta): string {
  if (plan.status === 'unchanged') return 'already in the corpus: nothing changed';
  const where = {
    new: 'new meeting',
    paired: 'paired with meeting',
    given: 'added to meeting',
    existing: '',
  }[plan.meeting];
  const guesses: string[] = [];
  if (meta.format) guesses.push(`format ${meta.format.value}`);
  if (meta.place) guesses.push(`place ${meta.place.value.en}`);
  if (meta.participants.length > 0)
    guesses.push(`participants ${meta.participants.map((p) => `${p.name.en} (${p.side})`).join(', ')}`);
  if (meta.requestedBy) guesses.push(`requested by ${meta.requestedBy.side} ("${meta.requestedBy.phrase}")`);
  return `${where} ${plan.meetingId}${guesses.length ? `; guessed (check meeting.yaml): ${guesses.join('; ')}` : ''}`;
}

/** What a readouts:add run printed, and its exit status. */
export interface AddRun {
  status: 0 | 2;
  stdout: string;
  stderr: string;
}

/**
 * One `readouts:add` run over `argv` (READOUTS_DIR as given in `env`): what it prints and its exit status, the
 * files written as it goes (the entry, scripts/readouts-add.ts, prints and exits).
 */
export async function runReadoutsAdd(
  argv: string[],
  env: { READOUTS_DIR?: string | undefined } = process.env,
): Promise<AddRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await add(argv, env.READOUTS_DIR, {
    log: (line) => out.push(`${line}\n`),
    error: (line) => err.push(`${line}\n`),
  });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

interface Io {
  log: (line: string) => void;
  error: (line: string) => void;
}

async function add(argv: string[], readoutsDir: string | undefined, io: Io): Promise<0 | 2> {
  let options: Options;
  try {
    options = parseArgs(argv, readoutsDir);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error(`readouts:add: ${error.message}\n${USAGE}`);
    return 2;
  }
  let rules: IssuerRules;
  let gazetteer: Gazetteer;
  try {
    rules = parseIssuerRules(readFileSync(path.join(DATA, 'issuers.yaml'), 'utf8'), 'issuers.yaml');
    gazetteer = parseGazetteer(readFileSync(path.join(DATA, 'officials.yaml'), 'utf8'), 'officials.yaml');
  } catch (error) {
    io.error(`readouts:add: ${oneLine(error)}`);
    return 2;
  }
  const retrieved = new Date().toISOString().slice(0, 10);
  let corpus: CorpusFiles;
  try {
    corpus = readCorpus(options.dir);
  } catch (error) {
    io.error(`readouts:add: ${oneLine(error)}`);
    return 2;
  }
  const writes: CorpusFiles = {};
  const done: { plan: AddPlan; line: string }[] = [];
  const failures: string[] = [];
  for (const source of options.sources) {
    let pages: string[];
    try {
      pages = expand(source);
    } catch (error) {
      failures.push(`readouts:add: ${source}: ${oneLine(error)}`);
      continue;
    }
    for (const item of pages) {
      try {
        const input = /^https?:\/\//i.test(item)
          ? await fetchPage(item, options.timeoutMs)
          : readSavedFile(item);
        const page = extractPage(input, rules);
        const meta = findMeetingMeta(page, gazetteer);
        const plan = planAdd(
          { ...corpus, ...writes },
          {
            page,
            meta,
            rules,
            gazetteer,
            retrieved,
            origin: input.origin,
            ...(options.meeting ? { meetingId: options.meeting } : {}),
          },
        );
        Object.assign(writes, plan.writes);
        done.push({ plan, line: `readouts:add: ${input.origin}: ${describe(plan, meta)}` });
      } catch (error) {
        // ExtractError and fetch/IO errors alike: one line, naming the source.
        failures.push(`readouts:add: ${item}: ${oneLine(error)}`);
      }
    }
  }
  if (failures.length > 0) {
    for (const line of failures) io.error(line);
    return 2;
  }
  const lexicon = path.join(options.dir, 'topics.yaml');
  if (Object.keys(writes).length > 0 && !existsSync(lexicon)) {
    mkdirSync(options.dir, { recursive: true });
    copyFileSync(path.join(ROOT, 'readouts/topics.yaml'), lexicon);
    io.error(`readouts:add: copied the topic lexicon to ${lexicon} (a corpus folder needs one)`);
  }
  for (const [file, content] of Object.entries(writes)) {
    mkdirSync(path.dirname(path.join(options.dir, file)), { recursive: true });
    writeFileSync(path.join(options.dir, file), content);
  }
  for (const { plan, line } of done) {
    io.error(line);
    io.log(path.join(options.dir, plan.readoutFile));
  }
  return 0;
}
