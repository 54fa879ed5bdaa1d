import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers are enforced by the tools `npm test` runs: tsconfig.core.json compiles src/core without the DOM
 * (or Node) library, and biome.json forbids the core to import React, i18next, IndexedDB, src/ui or src/browser,
 * and src/browser to import React or src/ui. These tests prove the rules bite, on probe files written under
 * test-results/ only.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'test-results/layers');
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

function run(cmd: string, args: string[], cwd = ROOT): { ok: boolean; output: string } {
  try {
    const output = execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function typecheckCore(source: string): { ok: boolean; output: string } {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'probe.ts'), source);
  writeFileSync(
    path.join(OUT, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.core.json',
      compilerOptions: { composite: false, tsBuildInfoFile: null },
      include: ['probe.ts', '../../src/core/platform.d.ts'],
    }),
  );
  return run(bin('tsc'), ['-p', path.join(OUT, 'tsconfig.json')]);
}

/**
 * Lints `source` as if it were the project file `file`, with the project's Biome configuration: the probe lives
 * in a copy of the tree under test-results/ whose biome.json is the project's, so the same path overrides apply.
 */
function lint(file: string, source: string): { ok: boolean; output: string } {
  const root = path.join(OUT, 'lint');
  const config = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>;
  delete config.vcs;
  delete config.$schema;
  config.files = { includes: ['**/*.ts'] };
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, 'biome.json'), JSON.stringify(config));
  writeFileSync(path.join(root, file), source);
  // Run from the copy's root, so Biome takes its biome.json as the root configuration.
  return run(bin('biome'), ['lint', file], root);
}

describe('layers', () => {
  it('the core compiles without the DOM: document.title there fails the type check', () => {
    expect(typecheckCore('export const ok = new TextDecoder().decode(new Uint8Array([104]));\n').ok).toBe(
      true,
    );
    const dom = typecheckCore('export const title = document.title;\n');
    expect(dom.ok).toBe(false);
    expect(dom.output).toContain("Cannot find name 'document'");
  }, 60_000);

  it('the core may not import React, i18next, IndexedDB or the UI and browser layers', () => {
    for (const line of [
      "import { useState } from 'react';",
      "import i18next from 'i18next';",
      "import { openDB } from 'idb';",
      "import { corpusTopics } from '../../ui/notes/topic-options';",
      "import { saveUserMeeting } from '../../browser/user-meetings';",
    ]) {
      const result = lint('src/core/compare/probe.ts', `${line}\nexport const x = 1;\n`);
      expect(result.ok, line).toBe(false);
      expect(result.output).toContain('noRestrictedImports');
    }
    expect(
      lint('src/core/compare/probe.ts', "import { parse } from 'yaml';\nexport const x = parse;\n").ok,
    ).toBe(true);
  });

  it('the browser layer may not import React or the UI', () => {
    for (const line of ["import { useState } from 'react';", "import { App } from '../ui/App';"]) {
      expect(lint('src/browser/probe.ts', `${line}\nexport const x = 1;\n`).ok, line).toBe(false);
    }
  });
});
