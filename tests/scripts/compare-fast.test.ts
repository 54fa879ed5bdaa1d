import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBundle, isFresh, readManifest } from '../../scripts/cli-bundle.mjs';
import { runCompare } from '../../scripts/compare-cli';

/*
 * The fast path (issue 13): `npm run compare` runs the command's esbuild bundle with plain node
 * (scripts/run-cli.mjs), rebuilt when a source changes. It must print exactly what the TypeScript entry prints
 * (the path the other tests use), with the same exit codes and messages.
 */

const root = new URL('../../', import.meta.url).pathname;
const CN = 'readouts/2024-01-10-liu-finer/cn-idcpc-zh.md';
const US = 'readouts/2024-01-10-liu-finer/us-wh-en-rfi.md';
const tmp = mkdtempSync(join(tmpdir(), 'compare-fast-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const cache = join(tmp, 'cache');

function fast(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/run-cli.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, READOUT_CLI_CACHE: cache },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What the TypeScript entry (scripts/compare.ts) prints and exits with: its runCompare, run here in process. */
async function fromSources(...args: string[]) {
  const r = await runCompare(args);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled compare command', { timeout: 120_000 }, () => {
  it('is what npm run compare, readouts:check and readouts:add run, with plain node', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.compare).toBe('node scripts/run-cli.mjs compare');
    expect(scripts['readouts:check']).toBe('node scripts/run-cli.mjs readouts-check');
    expect(scripts['readouts:add']).toBe('node scripts/run-cli.mjs readouts-add');
  });

  it('prints the same JSON and Markdown as the TypeScript entry on a corpus pair, built and then cached', async () => {
    const json = await fromSources(CN, US, '--format', 'json');
    expect(json.status).toBe(0);
    const first = fast('compare', CN, US, '--format', 'json'); // builds the bundle, validates the data
    expect(first).toEqual(json);
    const files = readdirSync(cache);
    expect(files).toContain('manifest.json');
    expect(files.some((f) => /^data-[0-9a-f]+\.json$/.test(f))).toBe(true);
    const second = fast('compare', CN, US, '--format', 'json'); // bundle and validated data from the cache
    expect(second).toEqual(json);
    expect(fast('compare', CN, US)).toEqual(await fromSources(CN, US));
  });

  it('keeps exit codes and one-line messages', async () => {
    for (const args of [
      [CN, join(tmp, 'missing.md')],
      [CN, US, '--format', 'xml'],
      ['--corpus', join(tmp, 'nope')],
    ]) {
      const expected = await fromSources(...args);
      expect(expected.status).toBe(2);
      expect(fast('compare', ...args)).toEqual(expected);
    }
  });

  it('runs readouts:check from the bundle', () => {
    const r = fast('readouts-check');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ meetings, \d+ texts\n$/);
  });

  it('refuses an unknown command', () => {
    const r = fast('nope');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^run-cli: unknown command nope; one of compare, /);
  });
});

describe('rebuilding when a source changes', { timeout: 120_000 }, () => {
  it('runs the old bundle while the sources are unchanged, builds again when one changes', async () => {
    const project = join(tmp, 'project');
    mkdirSync(join(project, 'src'), { recursive: true });
    writeFileSync(
      join(project, 'main.ts'),
      "import { n } from './src/n';\nexport const value: number = n;\n",
    );
    writeFileSync(join(project, 'src', 'n.ts'), 'export const n = 1;\n');
    const entries = { main: 'main.ts' };
    const bundleCache = join(tmp, 'project-cache');
    const load = async () => {
      const bundle = await ensureBundle(project, bundleCache, entries);
      const mod = await import(`${pathToFileURL(join(bundle.dir, 'main.mjs')).href}?${bundle.buildId}`);
      return { id: bundle.buildId, value: (mod as { value: number }).value };
    };
    const first = await load();
    expect(first.value).toBe(1);
    expect(isFresh(project, bundleCache, readManifest(bundleCache), entries)).toBe(true);
    expect((await load()).id).toBe(first.id);

    writeFileSync(join(project, 'src', 'n.ts'), 'export const n = 22;\n');
    expect(isFresh(project, bundleCache, readManifest(bundleCache), entries)).toBe(false);
    const second = await load();
    expect(second.value).toBe(22);
    expect(second.id).not.toBe(first.id);

    // A change of time alone (a checkout, a touch) is a change too: the bundle is built again.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(project, 'src', 'n.ts'), later, later);
    expect(isFresh(project, bundleCache, readManifest(bundleCache), entries)).toBe(false);
    expect((await load()).value).toBe(22);
    // And another entry list (a command added) is another bundle.
    expect(isFresh(project, bundleCache, readManifest(bundleCache), { other: 'main.ts' })).toBe(false);
  });
});
