import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Project root (tests run from it, but do not rely on the cwd). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');

/** Read a corpus folder into the path → content record that the pure loader takes (paths relative to root). */
export function readCorpusFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(PROJECT_ROOT, dir))) {
      const rel = `${dir}/${name}`;
      if (statSync(path.join(PROJECT_ROOT, rel)).isDirectory()) walk(rel);
      else files[rel] = readFileSync(path.join(PROJECT_ROOT, rel), 'utf8');
    }
  };
  walk(folder);
  return files;
}
