import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compareReadouts } from '../src/core/compare/compare-readouts';
import { compileCommitments, compilePhrases } from '../src/core/ledger/compile-data';
import { LedgerDataError } from '../src/core/ledger/ledger-error';
import { meetingLedger } from '../src/core/ledger/meeting-ledger';
import { parseCommitments } from '../src/core/ledger/parse-commitments';
import { parsePhrases } from '../src/core/ledger/parse-phrases';
import { compileLexicon } from '../src/core/lexicon/compile-lexicon';
import type { Meeting } from '../src/core/model';
import { hasTraditional, loadSimplifier } from '../src/core/text/simplifier';
import {
  type CompiledLedgerData,
  type CorpusLedgerRows,
  ledgerDataSources,
} from '../src/core/view/ledger-data';
import { meetingRows } from '../src/core/view/ledger-meeting-rows';
import { loadCorpusFromDisk } from './vite-plugin-readouts';

/*
 * Build-time side of the analyst's ledger (issue 12). Two virtual modules, both plain JSON:
 * - `virtual:ledger-data`: the set phrases (`phrases.yaml`) and commitments (`commitments.yaml`) parsed,
 *   validated and compiled as `npm run readouts:check` and the CLI do, served as data plus regex sources, so
 *   the browser needs neither `yaml`, `zod` nor the pattern syntax. A bad file fails the build with the
 *   parser's message, which names the file and the field.
 * - `virtual:ledger-corpus`: every corpus meeting's rows of the across-meetings table (topics, phrases,
 *   commitments per side, with the sentence that shows each), in both UI languages, on the meeting's default
 *   texts: cheap here, and the across-meetings page then runs no engine for the corpus.
 * Each data file is read from the corpus folder (READOUTS_DIR, like the corpus plugin) when it holds one, else
 * from the project's `readouts/`. The reader and the across-meetings page import both lazily.
 */

const DATA_ID = 'virtual:ledger-data';
const CORPUS_ID = 'virtual:ledger-corpus';
const RESOLVED: Record<string, string> = { [DATA_ID]: `\0${DATA_ID}`, [CORPUS_ID]: `\0${CORPUS_ID}` };
const DEFAULT_DIR = path.resolve(import.meta.dirname, '../readouts');

export const LEDGER_DATA_FILES = { phrases: 'phrases.yaml', commitments: 'commitments.yaml' } as const;

function toDisplayPath(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/') || '.';
}

function dataFilePath(dir: string, name: string): string {
  const own = path.join(dir, name);
  return existsSync(own) ? own : path.join(DEFAULT_DIR, name);
}

export interface LedgerDataOnDisk {
  data: CompiledLedgerData;
  /** Absolute paths of the files read (for watch mode). */
  files: string[];
}

/** Reads, validates and compiles both files; throws LedgerDataError naming the file and the field. */
export function loadLedgerData(dir: string, cwd: string = process.cwd()): LedgerDataOnDisk {
  const absDir = path.resolve(cwd, dir);
  const read = (name: string) => {
    const absolute = dataFilePath(absDir, name);
    const file = toDisplayPath(cwd, absolute);
    if (!existsSync(absolute)) throw new LedgerDataError('LEDGER_YAML', file, '', 'is missing');
    return { absolute, file, text: readFileSync(absolute, 'utf8') };
  };
  const phrasesFile = read(LEDGER_DATA_FILES.phrases);
  const commitmentsFile = read(LEDGER_DATA_FILES.commitments);
  const data: CompiledLedgerData = {
    phrases: compilePhrases(parsePhrases(phrasesFile.text, phrasesFile.file)),
    commitments: compileCommitments(parseCommitments(commitmentsFile.text, commitmentsFile.file)),
  };
  return { data, files: [phrasesFile.absolute, commitmentsFile.absolute] };
}

/** One meeting's rows on its default texts, compared here on the build's thread. */
function corpusMeetingRows(
  meeting: Meeting,
  data: CompiledLedgerData,
  lexicon: ReturnType<typeof compileLexicon>,
): Promise<CorpusLedgerRows> {
  return meetingRows(meeting, {
    data,
    lexicon,
    ledgerOf: meetingLedger,
    compare: async (a, b) => {
      const toSimplified =
        hasTraditional(a.text) || hasTraditional(b.text) ? await loadSimplifier() : undefined;
      return {
        comparison: compareReadouts(a, b, lexicon, { toSimplified }),
        ...(toSimplified ? { toSimplified } : {}),
      };
    },
  });
}

// A string for JSON.parse: faster to load than the same object as a JavaScript literal.
const jsonModule = (name: string, value: unknown) =>
  `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export interface LedgerDataOptions {
  /** Corpus folder, relative to the Vite root; default `readouts` (the same option as the corpus plugin). */
  dir?: string | undefined;
}

/** Vite plugin: `virtual:ledger-data` (`sources`) and `virtual:ledger-corpus` (`corpusRows`). */
export function ledgerData(options: LedgerDataOptions = {}): Plugin {
  let root = process.cwd();
  let cache: LedgerDataOnDisk | null = null;
  const forget = () => {
    cache = null;
  };
  return {
    name: 'ledger-data',
    configResolved(config) {
      root = config.root;
    },
    buildStart: forget,
    watchChange: forget,
    resolveId(id) {
      return RESOLVED[id];
    },
    async load(id) {
      if (id !== RESOLVED[DATA_ID] && id !== RESOLVED[CORPUS_ID]) return undefined;
      const dir = path.resolve(root, options.dir ?? 'readouts');
      try {
        cache ??= loadLedgerData(dir, root);
      } catch (error) {
        if (error instanceof LedgerDataError) this.error(`ledger data is invalid: ${error.message}`);
        throw error;
      }
      for (const file of cache.files) this.addWatchFile(file);
      if (id === RESOLVED[DATA_ID]) return jsonModule('sources', ledgerDataSources(cache.data));
      const corpus = loadCorpusFromDisk(dir, root);
      for (const file of corpus.files) this.addWatchFile(file);
      if (corpus.problems.length > 0 || !corpus.lexicon) {
        // The corpus plugin fails the same build with every problem listed.
        return this.error('readout corpus is invalid: npm run readouts:check lists the problems');
      }
      const lexicon = compileLexicon(corpus.lexicon);
      const rows: CorpusLedgerRows[] = [];
      for (const meeting of corpus.meetings) rows.push(await corpusMeetingRows(meeting, cache.data, lexicon));
      return jsonModule('corpusRows', rows);
    },
  };
}
