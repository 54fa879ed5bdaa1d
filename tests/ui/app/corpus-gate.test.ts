import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * One way to reach the corpus (issue 13): src/ui/app/corpus.ts alone imports the `virtual:readouts*` modules,
 * which the build splits so each page loads only what it shows; Biome forbids them anywhere else in src/ui and
 * src/browser. Probes are linted with the project's configuration in a copy under test-results/ only.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.join(ROOT, 'test-results/corpus-gate');

function lint(file: string, source: string): { ok: boolean; output: string } {
  const config = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>;
  delete config.vcs;
  delete config.$schema;
  config.files = { includes: ['**/*.ts'] };
  mkdirSync(path.dirname(path.join(OUT, file)), { recursive: true });
  writeFileSync(path.join(OUT, 'biome.json'), JSON.stringify(config));
  writeFileSync(path.join(OUT, file), source);
  try {
    const output = execFileSync(path.join(ROOT, 'node_modules/.bin/biome'), ['lint', file], {
      cwd: OUT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const IMPORTS = [
  "import { meetings } from 'virtual:readouts';",
  "import { topics } from 'virtual:readouts-index';",
  "import { lexiconSources } from 'virtual:readouts-lexicon';",
  "import { meeting } from 'virtual:readouts-meeting/2024-01-10-liu-finer';",
];

describe('the corpus’s one gate', () => {
  it('forbids the corpus modules anywhere in src/ui and src/browser but src/ui/app/corpus.ts', () => {
    for (const file of ['src/ui/notes/probe.ts', 'src/ui/app/probe.ts', 'src/browser/probe.ts']) {
      for (const line of IMPORTS) {
        const result = lint(file, `${line}\nexport const x = 1;\n`);
        expect(result.ok, `${file}: ${line}`).toBe(false);
        expect(result.output).toContain('src/ui/app/corpus.ts alone');
      }
    }
    for (const line of IMPORTS)
      expect(lint('src/ui/app/corpus.ts', `${line}\nexport const x = 1;\n`).ok).toBe(true);
  }, 60_000);

  it('leaves src/browser’s other rules in force (no React, no src/ui)', () => {
    const react = lint(
      'src/browser/probe.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
    );
    expect(react.ok).toBe(false);
    expect(react.output).toContain('it must not depend on the React UI');
  }, 60_000);

  it('is kept by the app: no other module of src/ui or src/browser imports the corpus', () => {
    const files = ['src/ui', 'src/browser'].flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => `${dir}/${f}`),
    );
    const importing = files.filter((f) =>
      /(from |import\()'virtual:readouts/.test(readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(importing).toEqual(['src/ui/app/corpus.ts']);
  });
});
