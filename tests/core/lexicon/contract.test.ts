import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_TOPIC_IDS } from '../../../src/core/lexicon/required-topics';
import { ROOT } from './lexicon-helpers';

const SPEC = path.join(ROOT, '../shared/spec/topics.md');
const LEXICON_DIR = path.join(ROOT, 'src/core/lexicon');

/** Relative imports and package imports of a source file. */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(LEXICON_DIR, file), 'utf8');
  return [...source.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

describe('lexicon contracts', () => {
  it.runIf(existsSync(SPEC))('lists exactly the topic ids of shared/spec/topics.md', () => {
    const ids = [...readFileSync(SPEC, 'utf8').matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]);
    expect([...REQUIRED_TOPIC_IDS]).toEqual(ids.filter((id) => id !== 'id'));
  });

  it('keeps yaml and zod out of everything the browser compiles (only parse-lexicon may import them)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(yaml|zod)(\/|$)/);
        if (spec.startsWith('./')) visit(`${spec.slice(2)}.ts`);
      }
    };
    visit('compile-lexicon.ts');
    visit('lexicon-data.ts');
    expect(seen).toContain('pattern-syntax.ts');
    expect(importsOf('parse-lexicon.ts')).toEqual(expect.arrayContaining(['yaml', 'zod']));
  });
});
