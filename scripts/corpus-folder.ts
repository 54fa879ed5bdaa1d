/**
 * A corpus folder read from disk for the pure loader (src/core/corpus takes path → content): every file under
 * it, by its path relative to the working folder, decoded strictly. Dot-files and dot-folders (.git, .DS_Store)
 * are left out, as the loader leaves them out. Throws InputError naming the file for what cannot be read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './cli-args';
import { MAX_BYTES } from './cli-readout';

export interface CorpusFolder {
  /** The folder as the corpus loader's `root` (relative to the working folder, `/`-separated). */
  root: string;
  files: Record<string, string>;
}

const display = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/') || '.';

function listFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else out.push(full);
  }
}

export function readCorpusFolder(dir: string): CorpusFolder {
  const absolute = path.resolve(dir);
  let isDir = false;
  try {
    isDir = statSync(absolute).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new InputError(`${dir}: corpus folder not found`);
  const paths: string[] = [];
  listFiles(absolute, paths);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files: Record<string, string> = {};
  for (const file of paths.sort()) {
    const name = display(file);
    let bytes: Uint8Array;
    try {
      if (statSync(file).size > MAX_BYTES) throw new InputError(`${name}: file is over the 2 MB size limit`);
      bytes = readFileSync(file);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`${name}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      files[name] = decoder.decode(bytes);
    } catch {
      throw new InputError(`${name}: bytes that are not valid UTF-8`);
    }
  }
  return { root: display(absolute), files };
}
