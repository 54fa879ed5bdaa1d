/**
 * A corpus folder read from disk for the pure loader (src/core/corpus takes path → content): every file under
 * it as bytes, by its path relative to the working folder. The loader decodes them (src/core/ingest, as the app
 * decodes a file it opens), so a file gets one verdict in readouts:check, the build and `compare --corpus`.
 * Dot-files and dot-folders (.git, .DS_Store) are left out. What cannot be read throws CorpusFolderError.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../src/core/ingest/limits';

export class CorpusFolderError extends Error {}

export interface CorpusFolder {
  /** The folder as the corpus loader's `root` (relative to the working folder, `/`-separated). */
  root: string;
  files: Record<string, Uint8Array>;
  /** Absolute paths of every file read (for watch mode). */
  absolute: string[];
}

const display = (cwd: string, absolute: string) =>
  path.relative(cwd, absolute).split(path.sep).join('/') || '.';

function listFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else out.push(full);
  }
}

function readBytes(file: string, name: string): Uint8Array {
  try {
    // Far over any readout: not read at all (the loader's own limit is the same, see decodeFile).
    if (statSync(file).size > MAX_FILE_BYTES)
      throw new CorpusFolderError(`${name}: file is over the ${MAX_FILE_BYTES / 1024 / 1024} MB size limit`);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof CorpusFolderError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CorpusFolderError(`${name}: cannot read file (${code})`);
  }
}

export function readCorpusFolder(dir: string, cwd: string = process.cwd()): CorpusFolder {
  const absolute = path.resolve(cwd, dir);
  let isDir = false;
  try {
    isDir = statSync(absolute).isDirectory();
  } catch {
    // reported below
  }
  const root = display(cwd, absolute);
  if (!isDir) throw new CorpusFolderError(`${root}: corpus folder not found`);
  const paths: string[] = [];
  listFiles(absolute, paths);
  paths.sort();
  const files: Record<string, Uint8Array> = {};
  for (const file of paths) {
    const name = display(cwd, file);
    files[name] = readBytes(file, name);
  }
  return { root, files, absolute: paths };
}
