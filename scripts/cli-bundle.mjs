/**
 * The project's commands bundled once with esbuild (installed with Vite and tsx), so each call starts with plain
 * `node` instead of compiling TypeScript with tsx (~2 s a call). Plain JavaScript: it runs before any bundle
 * exists.
 *
 * The bundle is written under node_modules/.cache/readout-compare/ (never a tracked file; READOUT_CLI_CACHE
 * names another folder) with a manifest of every file that went into it — sources, data-free — and their sizes
 * and modification times. A call whose inputs all still match runs the bundle; otherwise it builds again first
 * (about half a second). Builds are content-addressed and moved into place atomically, so concurrent calls never
 * see half a bundle.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Command name → its entry script (relative to the project folder). */
export const COMMANDS = {
  compare: 'scripts/compare.ts',
  'readouts-check': 'scripts/check-readouts.ts',
  'readouts-add': 'scripts/readouts-add.ts',
};

const MANIFEST = 'manifest.json';
/** Written last into a build folder: the folder is complete. */
const MANIFEST_MARK = '.complete';
const VERSION = 1;
/** Older builds are kept this long: a process started on one may still load its lazy chunks. */
const KEEP_OLD_MS = 60 * 60 * 1000;
/** This file: a change to how bundles are built is a reason to build again. */
const SELF = fileURLToPath(import.meta.url);

export function defaultCacheDir(root) {
  return process.env.READOUT_CLI_CACHE || path.join(root, 'node_modules', '.cache', 'readout-compare');
}

function stamp(root, file) {
  const st = statSync(path.resolve(root, file));
  return [file, st.size, st.mtimeMs];
}

export function readManifest(cacheDir) {
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
}

/** Whether the manifest's bundle was built from exactly the files as they are now. */
export function isFresh(root, cacheDir, manifest, entries = COMMANDS) {
  if (!manifest || manifest.version !== VERSION || manifest.root !== root) return false;
  if (JSON.stringify(manifest.entries) !== JSON.stringify(entries)) return false;
  try {
    statSync(path.join(cacheDir, manifest.dir, MANIFEST_MARK));
    for (const [file, size, mtimeMs] of manifest.inputs) {
      const [, s, m] = stamp(root, file);
      if (s !== size || m !== mtimeMs) return false;
    }
  } catch {
    return false;
  }
  return true;
}

function listOutputs(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listOutputs(full, base) : [path.relative(base, full)];
  });
}

function prune(cacheDir, keep) {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    if (name === keep || !(name.startsWith('build-') || name.startsWith('tmp-'))) continue;
    const full = path.join(cacheDir, name);
    try {
      if (now - statSync(full).mtimeMs > KEEP_OLD_MS) rmSync(full, { recursive: true, force: true });
    } catch {
      // Another process pruned it first.
    }
  }
}

/** Builds every command into one content-addressed folder and points the manifest at it. */
export async function buildBundle(root, cacheDir, entries = COMMANDS) {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const tmp = path.join(cacheDir, `tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(Object.entries(entries)),
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      metafile: true,
      logLevel: 'silent',
      legalComments: 'none',
      // Scripts that find the project by their own folder (readouts:add) still find it from the cache.
      define: { 'import.meta.dirname': JSON.stringify(path.join(root, 'scripts')) },
      // CommonJS packages inside an ES module bundle may call require() for Node's built-in modules.
      banner: {
        js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);",
      },
    });
    const hash = createHash('sha256');
    for (const file of listOutputs(tmp).sort())
      hash.update(`${file}\0`).update(readFileSync(path.join(tmp, file)));
    const buildId = hash.digest('hex').slice(0, 16);
    const dir = `build-${buildId}`;
    writeFileSync(path.join(tmp, MANIFEST_MARK), '');
    try {
      renameSync(tmp, path.join(cacheDir, dir));
    } catch {
      // The same build is already in place (another call built it at the same time).
      rmSync(tmp, { recursive: true, force: true });
    }
    const inputs = [...new Set([...Object.keys(result.metafile.inputs), SELF])]
      .filter((file) => !file.includes(':'))
      .sort()
      .map((file) => stamp(root, file));
    const manifest = { version: VERSION, root, entries, buildId, dir, inputs };
    const temp = path.join(cacheDir, `${MANIFEST}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(manifest));
    renameSync(temp, path.join(cacheDir, MANIFEST));
    prune(cacheDir, dir);
    return manifest;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** The folder of an up-to-date bundle, built first when a source changed since the last build. */
export async function ensureBundle(root, cacheDir = defaultCacheDir(root), entries = COMMANDS) {
  let manifest = readManifest(cacheDir);
  if (!isFresh(root, cacheDir, manifest, entries)) manifest = await buildBundle(root, cacheDir, entries);
  return { dir: path.join(cacheDir, manifest.dir), buildId: manifest.buildId, cacheDir };
}
