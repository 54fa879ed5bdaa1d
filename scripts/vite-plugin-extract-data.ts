import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { ExtractError } from '../src/core/extract/extract-error';
import {
  compileIssuerRules,
  type IssuerRulesData,
  parseIssuerRulesData,
} from '../src/core/extract/issuer-rules';
import { buildGazetteer, type GazetteerData, parseGazetteerData } from '../src/core/extract/officials';

/*
 * Build-time side of extraction in the browser (issue 11): reads the issuer rules (`issuers.yaml`) and the
 * gazetteer of officials (`officials.yaml`), validates and compiles them as `npm run readouts:add` does, and
 * serves them as plain JSON in `virtual:extract-data`, so the browser compiles them with neither `yaml` nor
 * `zod`. Only the worker's extraction chunk imports the module: the first page does not grow.
 * Each file is read from the corpus folder (READOUTS_DIR, like the corpus plugin) when it holds one, else from
 * the project's `readouts/`: a private corpus may extend the gazetteer, and needs no copy of it otherwise.
 */

const VIRTUAL_ID = 'virtual:extract-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEFAULT_DIR = path.resolve(import.meta.dirname, '../readouts');

export const EXTRACT_DATA_FILES = { issuers: 'issuers.yaml', officials: 'officials.yaml' } as const;

export interface ExtractDataOnDisk {
  issuers: IssuerRulesData;
  officials: GazetteerData;
  /** Absolute paths of the two files read (for watch mode). */
  files: string[];
}

function toDisplayPath(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/') || '.';
}

/** The file in the corpus folder when there is one, else the project's own. */
export function dataFilePath(dir: string, name: string): string {
  const own = path.join(dir, name);
  return existsSync(own) ? own : path.join(DEFAULT_DIR, name);
}

/**
 * Reads, validates and compiles both files (the compiled form is thrown away: compiling is the check of
 * selectors, patterns and duplicate keys). Throws ExtractError('bad-data') naming the file and the field.
 */
export function loadExtractData(dir: string, cwd: string = process.cwd()): ExtractDataOnDisk {
  const absDir = path.resolve(cwd, dir);
  const issuersPath = dataFilePath(absDir, EXTRACT_DATA_FILES.issuers);
  const officialsPath = dataFilePath(absDir, EXTRACT_DATA_FILES.officials);
  const read = (file: string) => {
    if (!existsSync(file)) throw new ExtractError('bad-data', `${toDisplayPath(cwd, file)}: is missing`);
    return readFileSync(file, 'utf8');
  };
  const issuersFile = toDisplayPath(cwd, issuersPath);
  const officialsFile = toDisplayPath(cwd, officialsPath);
  const issuers = parseIssuerRulesData(read(issuersPath), issuersFile);
  compileIssuerRules(issuers, issuersFile);
  const officials = parseGazetteerData(read(officialsPath), officialsFile);
  buildGazetteer(officials, officialsFile);
  return { issuers, officials, files: [issuersPath, officialsPath] };
}

function moduleText(data: ExtractDataOnDisk): string {
  // Strings for JSON.parse: faster to load than the same objects as JavaScript literals.
  const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return [
    `export const issuers = ${json(data.issuers)};`,
    `export const officials = ${json(data.officials)};`,
    '',
  ].join('\n');
}

export interface ExtractDataOptions {
  /** Corpus folder, relative to the Vite root; default `readouts` (the same option as the corpus plugin). */
  dir?: string | undefined;
}

/** Vite plugin: `import { issuers, officials } from 'virtual:extract-data'`; bad data fails the build. */
export function extractData(options: ExtractDataOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'extract-data',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let data: ExtractDataOnDisk;
      try {
        data = loadExtractData(path.resolve(root, options.dir ?? 'readouts'), root);
      } catch (error) {
        if (error instanceof ExtractError) this.error(`extraction data is invalid: ${error.message}`);
        throw error;
      }
      for (const file of data.files) this.addWatchFile(file);
      return moduleText(data);
    },
  };
}
