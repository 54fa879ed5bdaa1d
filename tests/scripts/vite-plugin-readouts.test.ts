import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lexicon, lexiconSources, meetings } from 'virtual:readouts';
import { describe, expect, it } from 'vitest';
import { loadCorpusFromDisk, readoutsCorpus } from '../../scripts/vite-plugin-readouts';
import { compileLexicon, lexiconFromSources } from '../../src/core/lexicon/compile-lexicon';
import type { Lang } from '../../src/core/model';
import { pluginHooks, ROOT } from './plugin-hooks';

/** The plugin's module as the app imports it, and the files it watched. */
function runPlugin(dir: string, module = 'virtual:readouts') {
  const hooks = pluginHooks(readoutsCorpus({ dir }));
  const id = hooks.resolve(module);
  return { load: () => hooks.load(id) as string, id, watched: hooks.watched, resolve: hooks.resolve };
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

/** A module's `export const x = …` values, as the browser would get them (JSON literals or JSON.parse). */
function exportsOf(code: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [, name, value] of code.matchAll(/^export const (\w+) = (.*);$/gm)) {
    const parse = /^\/\* @__PURE__ \*\/ JSON\.parse\((.*)\)$/s.exec(value ?? '');
    out[name ?? ''] = parse ? JSON.parse(JSON.parse(parse[1] ?? '')) : JSON.parse(value ?? '');
  }
  return out;
}

/** Every readout text of the corpus longer than one sentence (a whole text, never to be in the index). */
function wholeTexts(): string[] {
  return meetings
    .flatMap((m) => m.readouts.map((r) => r.text))
    .filter((t) => /[。.].+[。.]/su.test(t.trim()));
}

describe('readoutsCorpus plugin', () => {
  it('resolves only its own module ids and emits JSON data', () => {
    const { load, id, watched, resolve } = runPlugin('readouts');
    expect(id).toBe('\0virtual:readouts');
    expect(resolve('virtual:readouts-elsewhere')).toBeUndefined();
    expect(resolve('constructor')).toBeUndefined();
    expect(resolve('virtual:readouts-meeting/2024-01-10-liu-finer')).toBe(
      '\0virtual:readouts-meeting/2024-01-10-liu-finer',
    );
    const full = exportsOf(load());
    expect(full.meetings).toEqual(meetings);
    expect(full.lexicon).toEqual(lexicon);
    expect(full.lexiconSources).toEqual(lexiconSources);
    expect(watched).toContain(path.join(ROOT, 'readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md'));
    expect(watched).toContain(path.join(ROOT, 'readouts/topics.yaml'));
  });

  it('serves the meeting list’s index without texts or lexicon patterns', () => {
    const { load, id } = runPlugin('readouts', 'virtual:readouts-index');
    expect(id).toBe('\0virtual:readouts-index');
    const code = load();
    const index = exportsOf(code) as { meetings: { meeting: { id: string } }[]; topics: unknown[] };
    expect(index.meetings.map((e) => e.meeting.id)).toEqual(meetings.map((m) => m.id));
    expect(index.topics).toEqual(
      lexicon.topics.map((t) => ({ id: t.id, label: t.label, ...(t.parent ? { parent: t.parent } : {}) })),
    );
    const json = JSON.stringify(index);
    expect(json).toContain('"topicIds":[');
    expect(json).not.toContain('"patterns"');
    // Texts only of the few sentences the one-sided claims quote as evidence (see the list's skeleton), never a
    // readout's whole text; the index stays a fraction of the full corpus module.
    expect(json).toContain('"compared":{"sides":[');
    expect(wholeTexts().length).toBeGreaterThan(10);
    for (const text of wholeTexts()) expect(json).not.toContain(JSON.stringify(text));
    expect(json.length).toBeLessThan(JSON.stringify(exportsOf(runPlugin('readouts').load())).length / 3);
  });

  it('serves each meeting in a module of its own: its texts and comparisons, no other meeting’s text', async () => {
    const loaders = runPlugin('readouts', 'virtual:readouts-meetings').load();
    for (const m of meetings) expect(loaders).toContain(`import("virtual:readouts-meeting/${m.id}")`);
    expect(loaders).not.toContain('"text"');

    const finer = meetings.find((m) => m.id === '2024-01-10-liu-finer');
    // A meeting's module is made asynchronously (its comparisons run through the engine's converter).
    const code = await (runPlugin(
      'readouts',
      'virtual:readouts-meeting/2024-01-10-liu-finer',
    ).load() as unknown as Promise<string>);
    const own = exportsOf(code) as { meeting: unknown; comparisons: Record<string, unknown> };
    const json = JSON.stringify(own);
    expect(own.meeting).toEqual(finer);
    // Every pair of its texts, compared at build time.
    const sides = (side: string) => finer?.readouts.filter((r) => r.side === side) ?? [];
    expect(Object.keys(own.comparisons)).toHaveLength(sides('cn').length * sides('us').length);
    for (const other of meetings.filter((m) => m.id !== finer?.id))
      for (const r of other.readouts) expect(json).not.toContain(JSON.stringify(r.text));
    expect(json).not.toContain('"patterns"');
    expect(runPlugin('readouts', 'virtual:readouts-meeting/no-such-meeting').load).toThrow(
      /no meeting "no-such-meeting"/,
    );
  });

  it('serves every text, and the lexicon’s patterns, in modules of their own', () => {
    const texts = exportsOf(runPlugin('readouts', 'virtual:readouts-texts').load());
    expect(texts).toEqual({ meetings });
    const sources = runPlugin('readouts', 'virtual:readouts-lexicon').load();
    expect(exportsOf(sources)).toEqual({ lexiconSources });
    const data = runPlugin('readouts', 'virtual:readouts-lexicon-data').load();
    expect(exportsOf(data)).toEqual({ lexicon });
    for (const code of [sources, data])
      for (const text of wholeTexts())
        expect(JSON.stringify(exportsOf(code))).not.toContain(JSON.stringify(text));
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
