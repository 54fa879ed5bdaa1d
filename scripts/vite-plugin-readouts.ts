import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { checkCorpus, LEXICON_FILE_NAME } from '../src/core/corpus/index';
import type { LexiconData } from '../src/core/lexicon/lexicon-data';
import { LexiconError } from '../src/core/lexicon/lexicon-error';
import { parseLexicon } from '../src/core/lexicon/parse-lexicon';
import type { Meeting } from '../src/core/model';

/*
 * Build-time side of the corpus: reads `readouts/` from disk, validates it with the pure loader and the lexicon
 * parser, and serves the result as the virtual module `virtual:readouts` (plain JSON, so the browser bundle
 * needs neither `yaml` nor `zod`). `npm run readouts:check` uses the same function, hence the same messages.
 */

const VIRTUAL_ID = 'virtual:readouts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface CorpusOnDisk {
  meetings: Meeting[];
  lexicon?: LexiconData;
  /** Every problem as `file: field "…": message`, in file order; empty when the corpus is valid. */
  problems: string[];
  /** Absolute paths of every file read (for watch mode). */
  files: string[];
}

function toDisplayPath(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/') || '.';
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
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
  const absDir = path.resolve(cwd, dir);
  const root = toDisplayPath(cwd, absDir);
  if (!existsSync(absDir) || !statSync(absDir).isDirectory()) {
    return { meetings: [], problems: [`${root}: corpus folder not found`], files: [] };
  }
  const absFiles = listFiles(absDir).sort();
  const contents: Record<string, string> = {};
  for (const file of absFiles) contents[toDisplayPath(cwd, file)] = readFileSync(file, 'utf8');
  const { meetings, errors } = checkCorpus(contents, { root });
  const problems = errors.map((error) => error.message);
  const lexiconPath = path.join(absDir, LEXICON_FILE_NAME);
  const lexicon = readLexicon(lexiconPath, toDisplayPath(cwd, lexiconPath), problems);
  const result: CorpusOnDisk = { meetings, problems, files: absFiles };
  if (lexicon) result.lexicon = lexicon;
  return result;
}

export interface ReadoutsCorpusOptions {
  /** Corpus folder, relative to the Vite root; default `readouts`. */
  dir?: string;
}

/** Vite plugin: `import { meetings, lexicon } from 'virtual:readouts'`; a broken corpus fails the build. */
export function readoutsCorpus(options: ReadoutsCorpusOptions = {}): Plugin {
  let root = process.cwd();
  const corpusDir = () => path.resolve(root, options.dir ?? 'readouts');
  return {
    name: 'readouts-corpus',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const corpus = loadCorpusFromDisk(corpusDir(), root);
      for (const file of corpus.files) this.addWatchFile(file);
      if (corpus.problems.length > 0 || !corpus.lexicon) {
        const count = corpus.problems.length;
        this.error(
          `readout corpus is invalid (${count} ${count === 1 ? 'problem' : 'problems'}; ` +
            `npm run readouts:check reports the same):\n${corpus.problems.join('\n')}`,
        );
      }
      return [
        `export const meetings = ${JSON.stringify(corpus.meetings)};`,
        `export const lexicon = ${JSON.stringify(corpus.lexicon)};`,
        '',
      ].join('\n');
    },
    configureServer(server) {
      // Edits to files already read reload through addWatchFile; new and deleted files need this.
      const dir = corpusDir();
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!path.resolve(file).startsWith(dir + path.sep)) return;
        const graph = server.environments.client.moduleGraph;
        const mod = graph.getModuleById(RESOLVED_ID);
        if (mod) graph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
