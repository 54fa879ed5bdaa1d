import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compareReadouts, prepareCompare } from '../src/core/compare/compare-readouts';
import type { Comparison } from '../src/core/compare/types';
import { type CorpusError, checkCorpus, LEXICON_FILE_NAME } from '../src/core/corpus/index';
import { compileLexicon, compileLexiconSources } from '../src/core/lexicon/compile-lexicon';
import type { LexiconData } from '../src/core/lexicon/lexicon-data';
import { LexiconError } from '../src/core/lexicon/lexicon-error';
import { parseLexicon } from '../src/core/lexicon/parse-lexicon';
import type { CompiledLexicon } from '../src/core/lexicon/types';
import type { Meeting } from '../src/core/model';
import { meetingIndex } from '../src/core/view/meeting-index';
import { compareInputOf, textsOfSide } from '../src/core/view/text-choice';
import { type CorpusFolder, CorpusFolderError, readCorpusFolder } from './corpus-folder';

/*
 * Build-time side of the corpus: reads `readouts/` from disk, validates it with the pure loader and the lexicon
 * parser, and serves the result as virtual modules of plain JSON (so the browser bundle needs neither `yaml` nor
 * `zod`). `npm run readouts:check` uses the same function, hence the same messages. The app reaches them through
 * one module, src/ui/app/corpus.ts (Biome forbids `virtual:readouts*` anywhere else in src/ui and src/browser),
 * and each page loads only what it shows:
 * - `virtual:readouts-index`: what the meeting list shows, without texts or lexicon patterns: each meeting's
 *   metadata, its sides' texts and the topics each side mentions, tagged here with the real lexicon; the
 *   skeleton of its default texts' comparison (sentences' places and topics, and the text of only the few
 *   sentences the one-sided claims quote as evidence), so the list shows possibly-both topics and evidence and
 *   follows the reader's corrections; and the topics' ids and labels. The first page ships only this.
 * - `virtual:readouts-meetings`: a loader per corpus meeting, and `builtComparisonKey(cnId, usId)`;
 *   `virtual:readouts-meeting/<id>`: that meeting with its texts, and the engine's comparison of every pair of
 *   its texts (each Chinese-side text with each US-side text), computed here so the reader never compares a
 *   corpus meeting in the browser. One chunk per meeting: its page loads no other meeting's texts.
 * - `virtual:readouts-texts`: every meeting with its texts (a search in the texts, bring-your-own).
 * - `virtual:readouts-lexicon`: the lexicon compiled to regex sources (`lexiconSources`: the browser then skips
 *   the pattern syntax and only calls `new RegExp`), for the engine when it runs on the page's thread;
 *   `virtual:readouts-lexicon-data`: the lexicon as validated (`lexicon`), which the page hands to the compare
 *   worker. The patterns are most of the corpus's weight: only a page that runs the engine loads them.
 * - `virtual:readouts`: all of it at once (meetings, lexicon, lexiconSources), for tests and Node scripts.
 */

const VIRTUAL_ID = 'virtual:readouts';
const INDEX_ID = 'virtual:readouts-index';
const MEETINGS_ID = 'virtual:readouts-meetings';
const TEXTS_ID = 'virtual:readouts-texts';
const LEXICON_ID = 'virtual:readouts-lexicon';
const LEXICON_DATA_ID = 'virtual:readouts-lexicon-data';
/** Followed by a meeting id: that meeting with its texts and comparisons. */
export const MEETING_PREFIX = 'virtual:readouts-meeting/';
const RESOLVED: Record<string, string> = Object.fromEntries(
  [VIRTUAL_ID, INDEX_ID, MEETINGS_ID, TEXTS_ID, LEXICON_ID, LEXICON_DATA_ID].map((id) => [id, `\0${id}`]),
);
const RESOLVED_IDS = new Set(Object.values(RESOLVED));
const RESOLVED_PREFIX = `\0${MEETING_PREFIX}`;
const isOwnId = (id: string) => RESOLVED_IDS.has(id) || id.startsWith(RESOLVED_PREFIX);

export interface CorpusOnDisk {
  meetings: Meeting[];
  lexicon?: LexiconData;
  /** Every problem as `file: field "…": message`, in file order; empty when the corpus is valid. */
  problems: string[];
  /** The corpus loader's problems as typed errors (those of the lexicon are in `problems` only). */
  errors: readonly CorpusError[];
  /** Absolute paths of every file read (for watch mode). */
  files: string[];
}

function toDisplayPath(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/') || '.';
}

function readLexicon(absolute: string, file: string, problems: string[]): LexiconData | undefined {
  if (!existsSync(absolute)) {
    problems.push(`${file}: is missing: the topic lexicon belongs beside the meeting folders`);
    return undefined;
  }
  try {
    return parseLexicon(readFileSync(absolute, 'utf8'), file);
  } catch (error) {
    if (error instanceof LexiconError) {
      problems.push(error.message);
      return undefined;
    }
    throw error;
  }
}

/** Read and validate a corpus folder; paths in messages are relative to `cwd`. Never throws for bad data. */
export function loadCorpusFromDisk(dir: string, cwd: string = process.cwd()): CorpusOnDisk {
  let folder: CorpusFolder;
  try {
    folder = readCorpusFolder(dir, cwd);
  } catch (error) {
    if (!(error instanceof CorpusFolderError)) throw error;
    return { meetings: [], problems: [error.message], errors: [], files: [] };
  }
  const { meetings, errors } = checkCorpus(folder.files, { root: folder.root });
  const problems = errors.map((error) => error.message);
  const lexiconPath = path.join(path.resolve(cwd, dir), LEXICON_FILE_NAME);
  const lexicon = readLexicon(lexiconPath, toDisplayPath(cwd, lexiconPath), problems);
  const result: CorpusOnDisk = { meetings, problems, errors, files: folder.absolute };
  if (lexicon) result.lexicon = lexicon;
  return result;
}

export interface ReadoutsCorpusOptions {
  /** Corpus folder, relative to the Vite root; default `readouts`. */
  dir?: string;
}

type ValidCorpus = CorpusOnDisk & { lexicon: LexiconData };

/**
 * A value as a string for JSON.parse: faster to load than the same object as a JavaScript literal. Marked pure,
 * so a module whose value nothing uses is left out of the bundle.
 */
const parsed = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

function corpusModule(corpus: ValidCorpus): string {
  return [
    `export const meetings = ${JSON.stringify(corpus.meetings)};`,
    `export const lexicon = ${JSON.stringify(corpus.lexicon)};`,
    `export const lexiconSources = ${parsed(compileLexiconSources(corpus.lexicon))};`,
    '',
  ].join('\n');
}

function indexModule(corpus: ValidCorpus): string {
  const index = meetingIndex(corpus.meetings, compileLexicon(corpus.lexicon), compareReadouts);
  return [
    `export const meetings = ${parsed(index.meetings)};`,
    `export const topics = ${parsed(index.topics)};`,
    '',
  ].join('\n');
}

/** How the meetings module names a pair of texts (a side without text is null); the browser uses the same. */
export function builtComparisonKey(cnId: string | null, usId: string | null): string {
  return JSON.stringify([cnId, usId]);
}

function meetingsModule(corpus: CorpusOnDisk): string {
  const loaders = corpus.meetings.map(
    (m) => `  ${JSON.stringify(m.id)}: () => import(${JSON.stringify(MEETING_PREFIX + m.id)}),`,
  );
  return [
    `export const meetingLoaders = {\n${loaders.join('\n')}\n};`,
    `export function builtComparisonKey(cnId, usId) { return JSON.stringify([cnId, usId]); }`,
    '',
  ].join('\n');
}

/**
 * Every pair of one meeting's texts, compared as the reader compares them (the same inputs; Traditional
 * Chinese through the same converter).
 */
export async function meetingComparisons(
  meeting: Meeting,
  lexicon: CompiledLexicon,
): Promise<Record<string, Comparison>> {
  const ofSide = (side: 'cn' | 'us') => {
    const texts = textsOfSide(meeting, side);
    return texts.length > 0 ? texts : [null];
  };
  const pairs: Record<string, Comparison> = {};
  for (const cn of ofSide('cn')) {
    for (const us of ofSide('us')) {
      const comparison = await prepareCompare(compareInputOf(cn, 'cn'), compareInputOf(us, 'us'), lexicon);
      pairs[builtComparisonKey(cn?.id ?? null, us?.id ?? null)] = comparison;
    }
  }
  return pairs;
}

async function meetingModule(meeting: Meeting, lexicon: CompiledLexicon): Promise<string> {
  const pairs = await meetingComparisons(meeting, lexicon);
  return [
    `export const meeting = ${parsed(meeting)};`,
    `export const comparisons = ${parsed(pairs)};`,
    '',
  ].join('\n');
}

/**
 * Vite plugin: the corpus's virtual modules (see above), e.g.
 * `import { meetings, topics } from 'virtual:readouts-index'`; a broken corpus fails the build.
 */
export function readoutsCorpus(options: ReadoutsCorpusOptions = {}): Plugin {
  let root = process.cwd();
  const corpusDir = () => path.resolve(root, options.dir ?? 'readouts');
  // One read of the corpus serves every module of a build (one module per meeting among them);
  // dropped whenever a file changes.
  let cache: { corpus: CorpusOnDisk; compiled?: CompiledLexicon } | null = null;
  const forget = () => {
    cache = null;
  };
  return {
    name: 'readouts-corpus',
    configResolved(config) {
      root = config.root;
    },
    buildStart: forget,
    watchChange: forget,
    resolveId(id) {
      if (id.startsWith(MEETING_PREFIX)) return `\0${id}`;
      return Object.hasOwn(RESOLVED, id) ? RESOLVED[id] : undefined;
    },
    load(id) {
      if (!isOwnId(id)) return undefined;
      cache ??= { corpus: loadCorpusFromDisk(corpusDir(), root) };
      const { corpus } = cache;
      for (const file of corpus.files) this.addWatchFile(file);
      const { lexicon } = corpus;
      if (corpus.problems.length > 0 || !lexicon) {
        const count = corpus.problems.length;
        this.error(
          `readout corpus is invalid (${count} ${count === 1 ? 'problem' : 'problems'}; ` +
            `npm run readouts:check reports the same):\n${corpus.problems.join('\n')}`,
        );
      }
      const valid: ValidCorpus = { ...corpus, lexicon };
      if (id.startsWith(RESOLVED_PREFIX)) {
        const meetingId = id.slice(RESOLVED_PREFIX.length);
        const meeting = corpus.meetings.find((m) => m.id === meetingId);
        if (!meeting) return this.error(`no meeting "${meetingId}" in the readout corpus`);
        cache.compiled ??= compileLexicon(lexicon);
        return meetingModule(meeting, cache.compiled);
      }
      switch (id) {
        case RESOLVED[INDEX_ID]:
          return indexModule(valid);
        case RESOLVED[MEETINGS_ID]:
          return meetingsModule(valid);
        case RESOLVED[TEXTS_ID]:
          return `export const meetings = ${parsed(valid.meetings)};\n`;
        case RESOLVED[LEXICON_ID]:
          return `export const lexiconSources = ${parsed(compileLexiconSources(lexicon))};\n`;
        case RESOLVED[LEXICON_DATA_ID]:
          return `export const lexicon = ${parsed(lexicon)};\n`;
        default:
          return corpusModule(valid);
      }
    },
    configureServer(server) {
      // Edits to files already read reload through addWatchFile; new and deleted files need this.
      const dir = corpusDir();
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!path.resolve(file).startsWith(dir + path.sep)) return;
        forget();
        const graph = server.environments.client.moduleGraph;
        for (const [resolved, mod] of graph.idToModuleMap) {
          if (isOwnId(resolved)) graph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
