import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lexicon, lexiconSources, meetings } from 'virtual:readouts';
import { describe, expect, it } from 'vitest';
import { loadCorpusFromDisk, readoutsCorpus } from '../../scripts/vite-plugin-readouts';
import { compileLexicon, lexiconFromSources } from '../../src/core/lexicon/compile-lexicon';
import type { Lang } from '../../src/core/model';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Call the plugin's hooks the way Vite does, with a minimal context that records errors and watched files. */
function runPlugin(dir: string, module = 'virtual:readouts') {
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
  const id = call(plugin.resolveId, module);
  return {
    load: () => call(plugin.load, id) as string,
    id,
    watched,
    resolve: (other: string) => call(plugin.resolveId, other),
  };
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

/** Every corpus text and every labelled sentence of the lexicon's evaluation sets. */
function textsToTag(): { text: string; lang: Lang }[] {
  const dir = path.join(ROOT, 'tests/fixtures/labelled');
  const labelled = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { text: string; lang: Lang });
  return [...meetings.flatMap((m) => m.readouts), ...labelled];
}

describe('lexiconSources', () => {
  it('tags every text exactly as the lexicon compiled in the browser would', () => {
    const fromSources = lexiconFromSources(lexiconSources);
    const compiled = compileLexicon(lexicon);
    const texts = textsToTag();
    expect(texts.length).toBeGreaterThan(1000);
    for (const { text, lang } of texts) {
      expect(fromSources.matchTopics(text, lang)).toEqual(compiled.matchTopics(text, lang));
    }
    expect(fromSources.topics).toEqual(compiled.topics);
    expect([...fromSources.topicById.keys()]).toEqual([...compiled.topicById.keys()]);
  });
});

describe('readoutsCorpus plugin', () => {
  it('resolves only its own module id and emits JSON data', () => {
    const { load, id, watched } = runPlugin('readouts');
    expect(id).toBe('\0virtual:readouts');
    const code = load();
    expect(code).toMatch(/^export const meetings = \[/);
    expect(code).toContain('export const lexicon = {');
    expect(code).toContain('export const lexiconSources = JSON.parse(');
    expect(watched).toContain(path.join(ROOT, 'readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md'));
    expect(watched).toContain(path.join(ROOT, 'readouts/topics.yaml'));
  });

  it('serves the meeting list’s index without texts or lexicon patterns', () => {
    const { load, id, resolve } = runPlugin('readouts', 'virtual:readouts-index');
    expect(id).toBe('\0virtual:readouts-index');
    expect(resolve('virtual:readouts-elsewhere')).toBeUndefined();
    const code = load();
    expect(code).toMatch(/^export const meetings = \[\{"meeting":/);
    expect(code).toContain('export const topics = [');
    expect(code).toContain('"topicIds":[');
    expect(code).not.toContain('"patterns"');
    // Texts only of the few sentences the one-sided claims quote as evidence (see the list's skeleton), never a
    // readout's whole text; the index stays a fraction of the full corpus module.
    expect(code).toContain('"compared":{"sides":[');
    const full = runPlugin('readouts').load();
    const texts = [...full.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map(
      (m) => JSON.parse(`"${m[1]}"`) as string,
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts)
      if (/[。.].+[。.]/su.test(text.trim())) expect(code).not.toContain(JSON.stringify(text));
    expect(code.length).toBeLessThan(full.length / 3);
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
    // The list's index refuses the same corpus with the same message.
    expect(runPlugin('tests/fixtures/corpus-broken', 'virtual:readouts-index').load).toThrow(
      /^readout corpus is invalid/,
    );
  });
});
