import path from 'node:path';
import { lexicon, meetings } from 'virtual:readouts';
import { describe, expect, it } from 'vitest';
import { loadCorpusFromDisk, readoutsCorpus } from '../../scripts/vite-plugin-readouts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Call the plugin's hooks the way Vite does, with a minimal context that records errors and watched files. */
function runPlugin(dir: string) {
  const plugin = readoutsCorpus({ dir });
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  const call = (hook: unknown, ...args: unknown[]): unknown => {
    const fn =
      typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => unknown }).handler;
    return fn.call(context, ...args);
  };
  call(plugin.configResolved, { root: ROOT });
  const id = call(plugin.resolveId, 'virtual:readouts');
  return { load: () => call(plugin.load, id) as string, id, watched };
}

describe('virtual:readouts', () => {
  it('serves the validated corpus and lexicon to the app', () => {
    const fromDisk = loadCorpusFromDisk('readouts', ROOT);
    expect(meetings).toEqual(fromDisk.meetings);
    expect(meetings.some((m) => m.id === '2024-01-10-liu-finer')).toBe(true);
    expect(lexicon.topics.length).toBeGreaterThan(0);
    expect(lexicon).toEqual(fromDisk.lexicon);
  });
});

describe('readoutsCorpus plugin', () => {
  it('resolves only its own module id and emits JSON data', () => {
    const { load, id, watched } = runPlugin('readouts');
    expect(id).toBe('\0virtual:readouts');
    const code = load();
    expect(code).toMatch(/^export const meetings = \[/);
    expect(code).toContain('export const lexicon = {');
    expect(watched).toContain(path.join(ROOT, 'readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md'));
    expect(watched).toContain(path.join(ROOT, 'readouts/topics.yaml'));
  });

  it('fails the build on a broken corpus with the same messages as readouts:check', () => {
    const { load } = runPlugin('tests/fixtures/corpus-broken');
    const expected = loadCorpusFromDisk('tests/fixtures/corpus-broken', ROOT).problems;
    expect(expected.length).toBeGreaterThan(10);
    expect(load).toThrow(
      /^readout corpus is invalid \(\d+ problems; npm run readouts:check reports the same\):\n/,
    );
    try {
      load();
    } catch (error) {
      const lines = (error as Error).message.split('\n').slice(1);
      expect(lines).toEqual(expected);
    }
  });
});
