/**
 * The data the `compare` command works with — the topic lexicon, the set phrases and the commitments — read,
 * validated and compiled once per process. A corpus folder that has its own copy of a data file uses it; else
 * the project's `readouts/` copy is used.
 *
 * Run as a bundle (scripts/run-cli.mjs), the command keeps the validated data as JSON beside the bundle, keyed
 * by the bundle's id and the files' contents: a later call then skips YAML parsing, schema checks and the
 * pattern syntax, most of its start-up. Under tsx (tests, `npm run compare` before its bundle exists) nothing
 * is cached.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommitmentsData } from '../src/core/ledger/commitment-data';
import {
  type CompiledCommitments,
  type CompiledPhrases,
  compileCommitments,
  compilePhrases,
} from '../src/core/ledger/compile-data';
import type { PhrasesData } from '../src/core/ledger/phrase-data';
import { type LexiconSources, lexiconFromSources } from '../src/core/lexicon/compile-lexicon';
import type { CompiledLexicon } from '../src/core/lexicon/types';

export interface CliData {
  lexicon: CompiledLexicon;
  phrases: CompiledPhrases;
  commitments: CompiledCommitments;
}

const FILE_NAMES = { topics: 'topics.yaml', phrases: 'phrases.yaml', commitments: 'commitments.yaml' };
type DataKey = keyof typeof FILE_NAMES;

/** One data file: where it is, how messages name it, and whether it is the project's own. */
interface DataSource {
  absolute: string;
  file: string;
  own: boolean;
}

/** A data file that cannot be used: exit 1 when it is the project's own (a bug), 2 when the user's. */
export class DataFileError extends Error {
  readonly status: 1 | 2;
  constructor(message: string, status: 1 | 2) {
    super(message);
    this.status = status;
  }
}

/**
 * The project folder: as the launcher of a bundle says (the bundle may live in any cache folder), else the
 * nearest folder above this module with a package.json and readouts/.
 */
export function projectRoot(): string {
  const bundle = bundleInfo();
  if (bundle) return bundle.root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'readouts', 'topics.yaml')))
      return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the project folder (package.json beside readouts/)');
    dir = up;
  }
}

/** Set by scripts/run-cli.mjs before it imports a bundled command: the project, the bundle's folder and id. */
function bundleInfo(): { root: string; cacheDir: string; buildId: string } | null {
  const info = (globalThis as { readoutCliBundle?: Record<string, unknown> }).readoutCliBundle;
  const { root, cacheDir, buildId } = info ?? {};
  if (typeof root !== 'string' || typeof cacheDir !== 'string' || typeof buildId !== 'string') return null;
  return { root, cacheDir, buildId };
}

const displayPath = (absolute: string) =>
  path.relative(process.cwd(), absolute).split(path.sep).join('/') || absolute;

/** The three data files: each from `corpusDir` where that folder has it, else the project's. */
function dataSources(corpusDir?: string): Record<DataKey, DataSource> {
  const root = projectRoot();
  const pick = (name: string): DataSource => {
    const own = path.join(root, 'readouts', name);
    const theirs = corpusDir ? path.resolve(corpusDir, name) : null;
    const absolute = theirs && theirs !== own && existsSync(theirs) ? theirs : own;
    return { absolute, file: displayPath(absolute), own: absolute === own };
  };
  return {
    topics: pick(FILE_NAMES.topics),
    phrases: pick(FILE_NAMES.phrases),
    commitments: pick(FILE_NAMES.commitments),
  };
}

/** What is cached: the validated data, with the lexicon already turned into regex sources. */
interface Validated {
  lexicon: LexiconSources;
  phrases: PhrasesData;
  commitments: CommitmentsData;
}

async function validate(sources: Record<DataKey, DataSource>, texts: Record<DataKey, string>) {
  // Loaded only here, so a cached run never loads `zod` or the pattern checker.
  const [{ parseLexicon }, { compileLexiconSources }, { parsePhrases }, { parseCommitments }] =
    await Promise.all([
      import('../src/core/lexicon/parse-lexicon'),
      import('../src/core/lexicon/compile-lexicon'),
      import('../src/core/ledger/parse-phrases'),
      import('../src/core/ledger/parse-commitments'),
    ]);
  const step = <T>(key: DataKey, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      throw new DataFileError(message, sources[key].own ? 1 : 2);
    }
  };
  return {
    lexicon: step('topics', () => compileLexiconSources(parseLexicon(texts.topics, sources.topics.file))),
    phrases: step('phrases', () => parsePhrases(texts.phrases, sources.phrases.file)),
    commitments: step('commitments', () => parseCommitments(texts.commitments, sources.commitments.file)),
  } satisfies Validated;
}

function readCache(file: string): Validated | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Validated;
  } catch {
    return null;
  }
}

/** Writes the cache atomically and drops older ones; a cache that cannot be written is no error. */
function writeCache(dir: string, name: string, data: Validated): void {
  try {
    const temp = path.join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, path.join(dir, name));
    for (const old of readdirSync(dir)) {
      if (old.startsWith('data-') && old.endsWith('.json') && old !== name)
        rmSync(path.join(dir, old), { force: true });
    }
  } catch {
    // A read-only cache folder only costs the next call its start-up time.
  }
}

async function load(corpusDir?: string): Promise<CliData> {
  const sources = dataSources(corpusDir);
  const texts = {} as Record<DataKey, string>;
  for (const key of Object.keys(sources) as DataKey[]) {
    const source = sources[key];
    try {
      texts[key] = readFileSync(source.absolute, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new DataFileError(`${source.file}: cannot read the data file (${code})`, source.own ? 1 : 2);
    }
  }
  const bundle = bundleInfo();
  let data: Validated | null = null;
  let cacheName = '';
  if (bundle) {
    const hash = createHash('sha256').update(bundle.buildId);
    for (const key of Object.keys(sources) as DataKey[]) hash.update(`\0${sources[key].file}\0${texts[key]}`);
    cacheName = `data-${hash.digest('hex').slice(0, 24)}.json`;
    data = readCache(path.join(bundle.cacheDir, cacheName));
  }
  if (!data) {
    data = await validate(sources, texts);
    if (bundle) writeCache(bundle.cacheDir, cacheName, data);
  }
  return {
    lexicon: lexiconFromSources(data.lexicon),
    phrases: compilePhrases(data.phrases),
    commitments: compileCommitments(data.commitments),
  };
}

const loaded = new Map<string, Promise<CliData>>();

/** The data for a pair (the project's) or for a corpus folder (its own files first); once per process. */
export function loadCliData(corpusDir?: string): Promise<CliData> {
  const key = corpusDir ? path.resolve(corpusDir) : '';
  let data = loaded.get(key);
  if (!data) {
    data = load(corpusDir);
    loaded.set(key, data);
    // A failure is not kept: the caller reports it, and a test may call again with repaired data.
    data.catch(() => loaded.delete(key));
  }
  return data;
}
